import type { Account, Briefing, Site } from "../model/types.ts";
import { createArticleMarkdown } from "./markdown.ts";

/** What the layouts read: the validated site, each account's text rendered once. */
export interface AccountView extends Account {
  html: string;
}

export interface BriefingView extends Omit<Briefing, "accounts"> {
  accounts: AccountView[];
  summaryHtml?: string;
}

export interface SiteView {
  outlets: Site["outlets"];
  stances: Site["stances"];
  briefings: BriefingView[];
}

/** Article headings sit below the page's h1, the section h2 and the column's h3. */
const articleMarkdown = createArticleMarkdown({ headingOffset: 3 });
/** The editor's summary sits under the briefing's own h2. */
const summaryMarkdown = createArticleMarkdown({ headingOffset: 2 });

export function buildSiteView(site: Site): SiteView {
  return {
    outlets: site.outlets,
    stances: site.stances,
    briefings: site.briefings.map((briefing) => ({
      ...briefing,
      ...(briefing.summary ? { summaryHtml: summaryMarkdown.render(briefing.summary) } : {}),
      accounts: briefing.accounts.map((account) => ({ ...account, html: articleMarkdown.render(account.body) })),
    })),
  };
}
