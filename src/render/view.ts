import type { SiteConfig } from "../content/site-config.ts";
import { compareStrings } from "../content/problems.ts";
import type { Account, Briefing, Correction, Outlet, Site, Tag } from "../model/types.ts";
import { accountBibtex, citeAccount, citeBriefing } from "../provenance/citation.ts";
import { briefingJsonLd, serializeJsonLd } from "../site/json-ld.ts";
import { paths } from "../site/urls.ts";
import { compareAccounts } from "../compare/index.ts";
import { renderArticle, withSentenceSpans } from "./article.ts";
import { comparisonView, type ComparisonView } from "./comparison-view.ts";
import { createArticleMarkdown } from "./markdown.ts";

/** What the layouts read: the validated site and every page's path. Light: listing pages and feeds read it. */
export interface AccountView extends Account {
  /** Fragment id of the account's column on its briefing page. */
  anchor: string;
  /** The account's column: its briefing page and fragment (`url` is the original's address). */
  columnUrl: string;
  outletUrl: string;
}

export interface TagLink extends Tag {
  url: string;
}

export interface BriefingView extends Omit<Briefing, "accounts" | "tags"> {
  url: string;
  tags: TagLink[];
  accounts: AccountView[];
  summaryHtml?: string;
  /** The feeds' dates, never the build's: the first account's publication, and the newest account or correction. */
  publishedDate: Date;
  modifiedDate: Date;
}

/** Everything a briefing's own page shows: computed for one briefing at a time, when its page is rendered. */
export interface BriefingPageView extends BriefingView {
  accounts: (AccountView & { html: string; citation: string; bibtex: string })[];
  /** What the comparison engine found, ready for the page. */
  comparison: ComparisonView;
  /** The change record as readers see it: who it concerns, newest first; minor entries apart. */
  changes: CorrectionView[];
  minorChanges: CorrectionView[];
  /** Schema.org description of the briefing, serialised for a `<script type="application/ld+json">`. */
  jsonLd: string;
  /** "Cite this briefing". */
  citation: string;
}

export interface CorrectionView extends Correction {
  /** "Briefing" or the outlet whose account changed. */
  concerns: string;
  /** Link to the account's column, for an account's entry. */
  href?: string;
}

/** An outlet's registry facts and every account it has on the site, newest first. */
export interface OutletView extends Outlet {
  url: string;
  accounts: { account: AccountView; briefing: Pick<BriefingView, "slug" | "title" | "url"> }[];
}

export interface TagView extends TagLink {
  briefings: BriefingView[];
}

/** Entries on each page of a long list: the home page's briefings, an outlet's accounts, a tag's briefings. */
export const LIST_PAGE_SIZE = 30;

/** Where a page sits among its list's pages, in the shape of Eleventy's `pagination` (layouts/partials/pagination.njk reads either). */
export interface Pager {
  pageNumber: number;
  hrefs: string[];
  href: { previous?: string; next?: string };
}

/** One page of the long list that belongs to `of` (an outlet, a tag). */
export interface ListPage<O, T> {
  of: O;
  url: string;
  items: T[];
  pager: Pager;
}

function listPages<O extends { url: string }, T>(of: O, items: T[]): ListPage<O, T>[] {
  const count = Math.max(1, Math.ceil(items.length / LIST_PAGE_SIZE));
  const hrefs = Array.from({ length: count }, (_, i) => paths.listPage(of.url, i + 1));
  return hrefs.map((url, i) => ({
    of,
    url,
    items: items.slice(i * LIST_PAGE_SIZE, (i + 1) * LIST_PAGE_SIZE),
    pager: { pageNumber: i, hrefs, href: { ...(i > 0 ? { previous: hrefs[i - 1]! } : {}), ...(i + 1 < count ? { next: hrefs[i + 1]! } : {}) } },
  }));
}

export interface SiteView {
  site: SiteConfig;
  outlets: OutletView[];
  stances: Site["stances"];
  /** Newest first. */
  briefings: BriefingView[];
  /** The newest briefings (`feedEntries` of site.yaml), for the feeds: a reader subscribes to what is new, the site keeps the archive. */
  recent: BriefingView[];
  /** In slug order. */
  tags: TagView[];
  /** The pages of the home page's list of briefings, of every outlet's list of accounts and every tag's list of briefings. */
  homePages: ListPage<{ url: string }, BriefingView>[];
  outletPages: ListPage<OutletView, OutletView["accounts"][number]>[];
  tagPages: ListPage<TagView, BriefingView>[];
  /** The latest `modifiedDate` among `recent` (the start of 1970 on an empty site): feeds never carry the build's time. */
  updated: Date;
}

/** Article headings sit below the page's h1, the section h2 and the column's h3; each sentence gets an anchor. */
const articleMarkdown = withSentenceSpans(createArticleMarkdown({ headingOffset: 3 }));
/** The editor's summary sits under the briefing's own h2. */
const summaryMarkdown = createArticleMarkdown({ headingOffset: 2 });

export function buildSiteView(site: Site, config: SiteConfig): SiteView {
  const briefings = site.briefings.map(briefingView);
  const recent = briefings.slice(0, config.feedEntries);
  const newest = Math.max(0, ...recent.map((b) => b.modifiedDate.getTime()));
  const outlets = site.outlets.map((outlet) => outletView(outlet, briefings));
  const tags = tagViews(briefings);
  return {
    site: config,
    outlets,
    stances: site.stances,
    briefings,
    recent,
    tags,
    homePages: listPages({ url: paths.home }, briefings),
    outletPages: outlets.flatMap((outlet) => listPages(outlet, outlet.accounts)),
    tagPages: tags.flatMap((tag) => listPages(tag, tag.briefings)),
    updated: new Date(newest),
  };
}

/** Views of briefings already seen: the loader hands back the same object for an unchanged briefing (watch mode). */
const briefingViews = new WeakMap<Briefing, BriefingView>();

function briefingView(briefing: Briefing): BriefingView {
  let view = briefingViews.get(briefing);
  if (!view) briefingViews.set(briefing, (view = newBriefingView(briefing)));
  return view;
}

function newBriefingView(briefing: Briefing): BriefingView {
  const url = paths.briefing(briefing.slug);
  const times = briefing.accounts.map((a) => a.published.epochMs);
  return {
    ...briefing,
    url,
    tags: briefing.tags.map((tag) => ({ ...tag, url: paths.tag(tag.slug) })),
    ...(briefing.summary ? { summaryHtml: summaryMarkdown.render(briefing.summary) } : {}),
    accounts: briefing.accounts.map((account) => {
      const anchor = `account-${account.id}`;
      return { ...account, anchor, columnUrl: `${url}#${anchor}`, outletUrl: paths.outlet(account.outlet.key) };
    }),
    publishedDate: new Date(Math.min(...times)),
    modifiedDate: new Date(Math.max(...times, briefing.updated?.epochMs ?? 0)),
  };
}

/**
 * The briefing page's own data: each account's text rendered once with its sentence anchors, the
 * comparison computed once from the same plain text the page numbers its sentences in, citations
 * and the change record.
 */
export function briefingPageView(briefing: BriefingView, config: SiteConfig): BriefingPageView {
  const articles = briefing.accounts.map((account) => renderArticle(articleMarkdown, account.body, account.lang, account.id));
  const comparison = compareAccounts(
    briefing.accounts.map((account, i) => ({ id: account.id, outlet: account.outlet.name, lang: account.lang, title: account.title, paragraphs: articles[i]!.paragraphs, sentences: articles[i]!.sentences })),
  );
  const changes = briefing.corrections.map((c): CorrectionView => {
    const account = briefing.accounts.find((a) => a.id === c.accountId);
    return { ...c, concerns: account ? `${account.outlet.name}’s account` : "The briefing", ...(account ? { href: `#${account.anchor}` } : {}) };
  });
  const view: Omit<BriefingPageView, "jsonLd" | "citation"> = {
    ...briefing,
    accounts: briefing.accounts.map((account, i) => ({ ...account, html: articles[i]!.html, citation: citeAccount(account), bibtex: accountBibtex(account) })),
    comparison: comparisonView(comparison),
    changes: changes.filter((c) => !c.minor),
    minorChanges: changes.filter((c) => c.minor),
  };
  return { ...view, jsonLd: serializeJsonLd(briefingJsonLd(view, config)), citation: citeBriefing(briefing, config) };
}

function outletView(outlet: Outlet, briefings: BriefingView[]): OutletView {
  const accounts = briefings
    .flatMap((briefing) => briefing.accounts.filter((a) => a.outlet.key === outlet.key).map((account) => ({ account, briefing: { slug: briefing.slug, title: briefing.title, url: briefing.url } })))
    .sort((a, b) => b.account.published.epochMs - a.account.published.epochMs || compareStrings(a.briefing.slug, b.briefing.slug));
  return { ...outlet, url: paths.outlet(outlet.key), accounts };
}

/** One page per tag slug; its label is the one the newest briefing uses. */
function tagViews(briefings: BriefingView[]): TagView[] {
  const bySlug = new Map<string, TagView>();
  for (const briefing of briefings) {
    for (const tag of briefing.tags) {
      const view = bySlug.get(tag.slug) ?? { ...tag, briefings: [] };
      view.briefings.push(briefing);
      bySlug.set(tag.slug, view);
    }
  }
  return [...bySlug.values()].sort((a, b) => compareStrings(a.slug, b.slug));
}
