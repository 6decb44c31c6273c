import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parse } from "parse5";
import { htmlFiles, type SiteProblem } from "./site-files.ts";

interface Reference {
  url: string;
  line: number;
  column: number;
}

interface Page {
  ids: Set<string>;
  references: Reference[];
}

/** Fragments a browser resolves without an element: the top of the page. */
const TOP = new Set(["", "top"]);

/**
 * Checks every internal link, stylesheet, script and fragment in a built site, offline: each must
 * name a file in the site and, with a fragment, an id in that page. A URL on the site's own origin
 * (a canonical link, og:url) is internal too; other origins are not fetched.
 */
export function checkInternalLinks(siteDir: string, baseUrl: string): SiteProblem[] {
  const origin = new URL(baseUrl).origin;
  const pages = new Map(htmlFiles(siteDir).map((file) => [file, readPage(path.join(siteDir, file))]));
  const problems: SiteProblem[] = [];
  for (const [file, page] of pages) {
    const pageUrl = new URL(file.replace(/(^|\/)index\.html$/, "$1"), baseUrl);
    for (const reference of page.references) {
      const problem = (message: string) => problems.push({ file, line: reference.line, column: reference.column, check: "link", message: `${reference.url}: ${message}` });
      let url: URL;
      try {
        url = new URL(reference.url, pageUrl);
      } catch {
        problem("is not a valid URL");
        continue;
      }
      if (url.origin !== origin) continue;
      const target = targetFile(siteDir, decodeURIComponent(url.pathname));
      if (!target) {
        problem(`there is no ${url.pathname} in the site`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      const targetPage = pages.get(target);
      if (targetPage && !TOP.has(fragment.toLowerCase()) && !targetPage.ids.has(fragment)) problem(`${url.pathname} has no element with id "${fragment}"`);
    }
  }
  return problems;
}

/** The file a static host serves for a path (a folder serves its index.html), relative to the site. */
function targetFile(siteDir: string, pathname: string): string | undefined {
  const relative = pathname.replace(/^\/+/, "");
  const candidates = pathname.endsWith("/") ? [`${relative}index.html`] : [relative, `${relative}/index.html`];
  return candidates.find((candidate) => {
    const abs = path.join(siteDir, candidate);
    return abs.startsWith(path.resolve(siteDir)) && existsSync(abs) && statSync(abs).isFile();
  });
}

/** Ids and outgoing references of one page. `<noscript>` is read as markup: its links count too. */
function readPage(file: string): Page {
  const document = parse(readFileSync(file, "utf8"), { sourceCodeLocationInfo: true, scriptingEnabled: false });
  const page: Page = { ids: new Set(), references: [] };
  const visit = (node: ParsedNode) => {
    for (const attr of node.attrs ?? []) {
      if (attr.name === "id" || (attr.name === "name" && node.tagName === "a")) page.ids.add(attr.value);
      if (attr.name === "src" || (attr.name === "href" && ["a", "area", "link"].includes(node.tagName ?? ""))) {
        const at = node.sourceCodeLocation?.attrs?.[attr.name] ?? node.sourceCodeLocation;
        page.references.push({ url: attr.value, line: at?.startLine ?? 1, column: at?.startCol ?? 1 });
      }
    }
    node.childNodes?.forEach(visit);
  };
  visit(document as ParsedNode);
  return page;
}

/** The parts of parse5's tree this walk reads. */
interface ParsedNode {
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: ParsedNode[];
  sourceCodeLocation?: { startLine: number; startCol: number; attrs?: Record<string, { startLine: number; startCol: number }> } | null;
}
