import { formatDay } from "../model/dates.ts";
import type { Account, Briefing } from "../model/types.ts";

/**
 * Citations as a reader or a reference manager wants them: a plain reference for people and a
 * biblatex entry for Zotero, JabRef and the like. Built from the validated model only.
 */

export function citeAccount(account: Account): string {
  const parts = [
    account.byline ? `${account.byline}.` : "",
    `“${account.title}.”`,
    `${account.outlet.name},`,
    `${formatDay(account.published.day)}.`,
    account.updated ? `Updated ${formatDay(account.updated.day)}.` : "",
    account.url ? `${account.url}.` : "",
    account.archive ? `Archived at ${account.archive}.` : "",
    account.retrieved ? `Retrieved ${formatDay(account.retrieved.day)}.` : "",
  ];
  return parts.filter(Boolean).join(" ");
}

export function citeBriefing(briefing: Briefing, site: { title: string; url: string }): string {
  const updated = briefing.updated ? ` Updated ${formatDay(briefing.updated.day)}.` : "";
  return `${site.title}. “${briefing.title}.” Briefing comparing ${briefing.accounts.length} accounts, ${formatDay(briefing.lastDay)}.${updated} ${briefingUrl(briefing, site.url)}.`;
}

export function briefingUrl(briefing: Briefing, siteUrl: string): string {
  return new URL(`briefings/${briefing.slug}/`, siteUrl).href;
}

export function accountBibtex(account: Account): string {
  const fields: [string, string | undefined][] = [
    ["title", account.title],
    ["author", account.byline],
    ["organization", account.outlet.name],
    ["date", account.published.day],
    ["url", account.url],
    ["urldate", account.retrieved?.day],
    ["langid", account.lang],
    ["note", [account.archive ? `Archived at ${account.archive}` : "", `SHA-256 of the text as cited: ${account.sha256}`].filter(Boolean).join(". ")],
  ];
  const body = fields
    .filter((f): f is [string, string] => Boolean(f[1]))
    .map(([name, value]) => `  ${name} = {${bibtexEscape(value)}},`)
    .join("\n");
  return `@online{${account.briefingSlug}-${account.id},\n${body}\n}`;
}

/** Characters with a meaning in (bib)TeX, written so they print as themselves. */
function bibtexEscape(value: string): string {
  return value.replace(/[\\{}%&$#_~^]/g, (c) => (c === "\\" ? "\\textbackslash{}" : c === "~" ? "\\textasciitilde{}" : c === "^" ? "\\textasciicircum{}" : `\\${c}`));
}
