import { problem, type Problem } from "../content/problems.ts";
import type { Account, Site } from "../model/types.ts";

/**
 * What a careful citation lacks, as warnings (the build still succeeds): no link to the
 * original, no archived copy, or an archived copy of another site than the one cited.
 */
export function provenanceWarnings(site: Site): Problem[] {
  return site.briefings.flatMap((briefing) => briefing.accounts.flatMap(accountWarnings));
}

function accountWarnings(account: Account): Problem[] {
  const warn = (field: string, message: string, hint: string) => problem({ file: account.sourcePath, line: 1, field, message, hint, severity: "warning" });
  const warnings: Problem[] = [];
  if (!account.url) warnings.push(warn("url", "is missing: readers cannot reach the original", "add url: with the article's address"));
  if (!account.archive) warnings.push(warn("archive", "is missing: the original may change or vanish", "save the page at an archive (e.g. web.archive.org) and add archive: with its address"));
  if (account.url && account.archive) {
    const archived = archivedHost(account.archive);
    const cited = host(account.url);
    if (archived && cited && archived !== cited)
      warnings.push(warn("archive", `is a copy of ${archived}, but url is on ${cited}`, "check that the archived copy is of the cited article"));
  }
  return warnings;
}

/**
 * The host of the page an archive URL preserves, when the archive's address says it
 * (web.archive.org/web/<time>/<url>, archive.today's /<time>/<url> form); undefined otherwise.
 */
export function archivedHost(archive: string): string | undefined {
  const embedded = /^https?:\/\/[^/]+\/(?:web\/)?[\w.*-]+\/(https?:\/\/.+)$/i.exec(archive)?.[1];
  return embedded ? host(embedded) : undefined;
}

function host(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return undefined;
  }
}
