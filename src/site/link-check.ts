import { readFileSync } from "node:fs";
import path from "node:path";
import { scanAttributes } from "./html-attributes.ts";
import { siteFiles, type SiteProblem } from "./site-files.ts";

interface Reference {
  url: string;
  /** Byte offset of the attribute in the page; turned into a line and column only if the link is broken. */
  offset: number;
}

/** What the link check reads in a page: its ids and, in document order, what it links to. In columns: the page cache keeps it, and so it is a third smaller. */
export interface PageLinks {
  ids: string[];
  urls: string[];
  /** `offsets[i]` is the byte offset of the attribute holding `urls[i]`. */
  offsets: number[];
}

interface Broken {
  offset: number;
  message: string;
}

interface Page {
  url: URL;
  ids: Set<string>;
  /** Links to other pages and files, checked once every page is read. */
  references: Reference[];
  /** Broken links to this page's own fragments, found as soon as it is read (they are most links). */
  broken: Broken[];
}

export interface LinkCheckOptions {
  /** Path prefixes (`/pagefind/`) knowingly left unwritten, as the search index of a `--no-search` build: links into them are not checked. */
  unchecked?: readonly string[];
  /** The links of a page (a file relative to the site) known without reading it: a page copied from the page cache, read when it was rendered. */
  knownLinks?: (file: string) => PageLinks | undefined;
  /** Receives the links of each page that was read. */
  onRead?: (file: string, links: PageLinks) => void;
}

/** What the site's pages and files are, for resolving every reference against them. */
interface Site {
  origin: string;
  files: Set<string>;
  pages: Map<string, Page>;
  unchecked: readonly string[];
  /** What is wrong, if anything, with each reference that means the same on every page. */
  verdicts: Map<string, string | undefined>;
}

/** The attributes that name an element or point somewhere. */
const ATTRIBUTES = new Set(["id", "name", "href", "src"]);
const LINKING_HREF = new Set(["a", "area", "link"]);

/** Fragments a browser resolves without an element: the top of the page. */
const TOP = new Set(["", "top"]);

/** A fragment-only reference in printable ASCII: the URL parser would keep it as written, so it needs no URL. */
const PLAIN_FRAGMENT = /^#[\x21-\x7e]*$/;

/** A root-relative or absolute URL (`https:foo` without slashes is relative to the page, so not this). */
const PAGE_INDEPENDENT = /^(\/|[a-z][a-z\d+.-]*:\/\/)/i;

/**
 * Checks every internal link, stylesheet, script and fragment in a built site, offline: each must
 * name a file in the site and, with a fragment, an id in that page. A URL on the site's own origin
 * (a canonical link, og:url) is internal too; other origins are not fetched. The folder is walked
 * once and each page read once; lines and columns are worked out only for broken links, from a
 * second read of just the pages that have them.
 */
export function checkInternalLinks(siteDir: string, baseUrl: string, options: LinkCheckOptions = {}): SiteProblem[] {
  const files = new Set(siteFiles(siteDir));
  const pages = new Map<string, Page>();
  for (const file of files) {
    // A page's own URL: `about/index.html` is served as `/about/`.
    if (!file.endsWith(".html")) continue;
    let links = options.knownLinks?.(file);
    if (!links) {
      links = readLinks(path.join(siteDir, file));
      options.onRead?.(file, links);
    }
    pages.set(file, checkOwnFragments(links, new URL(file.replace(/(^|\/)index\.html$/, "$1"), baseUrl)));
  }
  const site: Site = { origin: new URL(baseUrl).origin, files, pages, unchecked: options.unchecked ?? [], verdicts: new Map() };
  const problems: SiteProblem[] = [];
  for (const [file, page] of pages) {
    const broken = [...page.broken];
    for (const { url, offset } of page.references) {
      const message = cachedProblem(site, url, page.url);
      if (message !== undefined) broken.push({ offset, message: `${url}: ${message}` });
    }
    if (broken.length) problems.push(...locate(siteDir, file, broken.sort((a, b) => a.offset - b.offset)));
  }
  return problems;
}

/** A reference's problem, worked out once for those that do not depend on the page (the navigation, the stylesheet). */
function cachedProblem(site: Site, href: string, pageUrl: URL): string | undefined {
  if (!PAGE_INDEPENDENT.test(href)) return referenceProblem(site, href, pageUrl);
  if (!site.verdicts.has(href)) site.verdicts.set(href, referenceProblem(site, href, pageUrl));
  return site.verdicts.get(href);
}

/** What is wrong with a reference, if anything. */
function referenceProblem(site: Site, href: string, pageUrl: URL): string | undefined {
  let url: URL;
  let pathname: string;
  try {
    url = new URL(href, pageUrl);
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return "is not a valid URL";
  }
  if (url.origin !== site.origin || site.unchecked.some((prefix) => url.pathname.startsWith(prefix))) return undefined;
  const target = targetFile(site.files, pathname);
  if (!target) return `there is no ${url.pathname} in the site`;
  const targetPage = site.pages.get(target);
  return targetPage && fragmentProblem(targetPage, url.pathname, url.hash.slice(1));
}

/** Whether a page has the element a (percent-encoded) fragment names. */
function fragmentProblem(page: Page, pathname: string, encoded: string): string | undefined {
  let fragment = encoded;
  try {
    if (encoded.includes("%")) fragment = decodeURIComponent(encoded);
  } catch {
    return "is not a valid URL";
  }
  return page.ids.has(fragment) || TOP.has(fragment.toLowerCase()) ? undefined : `${pathname} has no element with id "${fragment}"`;
}

/** The file a static host serves for a path (a folder serves its index.html), relative to the site. */
function targetFile(files: Set<string>, pathname: string): string | undefined {
  const relative = pathname.replace(/^\/+/, "");
  const candidates = pathname.endsWith("/") ? [`${relative}index.html`] : [relative, `${relative}/index.html`];
  // Normalized as the file system would (`a//b`, `a/../b`); nothing above the site is in the set.
  return candidates.map((candidate) => path.posix.normalize(candidate)).find((candidate) => files.has(candidate));
}

/** Ids and outgoing references of one page. `<noscript>` is read as markup: its links count too. */
function readLinks(file: string): PageLinks {
  const links: PageLinks = { ids: [], urls: [], offsets: [] };
  scanAttributes(readFileSync(file), ATTRIBUTES, (tag, name, value, offset) => {
    if (name === "id" || (name === "name" && tag === "a")) links.ids.push(value);
    else if (name === "src" || (name === "href" && LINKING_HREF.has(tag))) {
      links.urls.push(value);
      links.offsets.push(offset);
    }
  });
  return links;
}

/** A page to check, its links to its own fragments checked already. */
function checkOwnFragments(links: PageLinks, url: URL): Page {
  const page: Page = { url, ids: new Set(links.ids), references: [], broken: [] };
  links.urls.forEach((href, i) => {
    const offset = links.offsets[i]!;
    if (!PLAIN_FRAGMENT.test(href)) {
      page.references.push({ url: href, offset });
      return;
    }
    const message = fragmentProblem(page, url.pathname, href.slice(1));
    if (message !== undefined) page.broken.push({ offset, message: `${href}: ${message}` });
  });
  return page;
}

/** Broken references of one page as problems, with the line and column (in UTF-16 units, as editors count) of each. */
function locate(siteDir: string, file: string, broken: Broken[]): SiteProblem[] {
  const bytes = readFileSync(path.join(siteDir, file));
  return broken.map(({ offset, message }) => {
    const lines = bytes.toString("utf8", 0, offset).split(/\r\n?|\n/);
    return { file, line: lines.length, column: lines.at(-1)!.length + 1, check: "link", message };
  });
}
