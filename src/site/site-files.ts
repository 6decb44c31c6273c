import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { compareStrings } from "../content/problems.ts";

/** A defect found in a built site, at a place in one of its files (a path relative to the site). */
export interface SiteProblem {
  file: string;
  line?: number;
  column?: number;
  /** What found it: an html-validate rule, `link`, `pagefind`. */
  check: string;
  message: string;
}

export function formatSiteProblem(p: SiteProblem): string {
  const place = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
  return `${place} ${p.check}: ${p.message}`;
}

/** Every file under a built site, as paths relative to it with `/` separators, in a fixed order: one walk of the folder. */
export function siteFiles(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort(compareStrings);
}

/** Every HTML file under a built site, as `siteFiles` gives them. */
export function htmlFiles(siteDir: string): string[] {
  return siteFiles(siteDir).filter((file) => file.endsWith(".html"));
}

/** The file of a page, relative to the site as `siteFiles` names it: a folder path (`/about/`) is its index.html, a file path (`/feed.xml`) itself. */
export function sitePath(pagePath: string): string {
  return (pagePath.endsWith("/") ? `${pagePath}index.html` : pagePath).replace(/^\/+/, "");
}

/** The file of a page in the site (see `sitePath`). */
export function pageFile(siteDir: string, pagePath: string): string {
  return path.join(siteDir, sitePath(pagePath));
}

/**
 * Writes a page at its path in the site (`pageFile`), as a new file: one already there may be a
 * hard link to a page-cache entry (`restoreEntry`), which writing into it would change too.
 */
export function writePage(siteDir: string, pagePath: string, html: string): void {
  const file = pageFile(siteDir, pagePath);
  mkdirSync(path.dirname(file), { recursive: true });
  rmSync(file, { force: true });
  writeFileSync(file, html);
}
