import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { validateSiteHtml } from "../../src/site/html-check.ts";
import { checkInternalLinks, type PageLinks } from "../../src/site/link-check.ts";
import { formatSiteProblem } from "../../src/site/site-files.ts";

const BASE = "https://parallax.example/";

/** A small built site, written by hand: relative path → body markup. */
function site(pages: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), "parallax-site-"));
  for (const [file, body] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    const html = file.endsWith(".html") ? `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Page</title>\n</head>\n<body>\n${body}\n</body>\n</html>\n` : body;
    writeFileSync(path.join(dir, file), html);
  }
  return dir;
}

describe("the internal link check", () => {
  const dir = site({
    "index.html": [
      '<main><h1 id="top-heading">Home</h1>',
      '<a href="/about/">About</a> <a href="about/#team">Team</a> <a href="/about">About, no slash</a>',
      '<a href="#top-heading">Up</a> <a href="#">Top</a> <a href="https://elsewhere.example/missing">Elsewhere</a> <a href="mailto:x@example.org">Mail</a>',
      `<a href="${BASE}about/">Canonical</a> <link rel="stylesheet" href="/style.css">`,
      '<a href="/missing/">Missing</a> <a href="/about/#nobody">No such fragment</a> <a href="#gone">Gone</a>',
      `<a href="${BASE}old/">Own origin, missing</a> <img src="/logo.png" alt="">`,
      '<noscript><a href="/nojs/">Without JavaScript</a></noscript></main>',
    ].join("\n"),
    "about/index.html": '<main><h1>About</h1><h2 id="team">Team</h2><a name="legacy"></a><a href="../#top-heading">Home</a> <a href="/#legacy">Wrong page</a></main>',
    "style.css": "body {}",
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const problems = checkInternalLinks(dir, BASE);
  const lines = problems.map(formatSiteProblem);

  it("reports each missing page, file and fragment with the file and line that links to it", () => {
    assert.deepEqual(lines, [
      'about/index.html:8:103 link: /#legacy: / has no element with id "legacy"',
      "index.html:12:4 link: /missing/: there is no /missing/ in the site",
      'index.html:12:36 link: /about/#nobody: /about/ has no element with id "nobody"',
      'index.html:12:82 link: #gone: / has no element with id "gone"',
      `index.html:13:4 link: ${BASE}old/: there is no /old/ in the site`,
      "index.html:13:70 link: /logo.png: there is no /logo.png in the site",
      "index.html:14:14 link: /nojs/: there is no /nojs/ in the site",
    ]);
  });

  it("accepts links that resolve, on the site's own origin too, and does not fetch other origins", () => {
    for (const fine of ["/about/", "about/#team", "/about", "#top-heading", `${BASE}about/`, "/style.css", "elsewhere", "mailto", "../#top-heading"])
      assert.equal(lines.some((l) => l.includes(` ${fine}:`)), false, fine);
  });

  it("takes a page's links from knownLinks without reading it, and checks them against the pages as they are now", () => {
    const read = new Map<string, PageLinks>();
    checkInternalLinks(dir, BASE, { onRead: (file, links) => read.set(file, links) });
    assert.deepEqual([...read.keys()], ["about/index.html", "index.html"]);
    const reread: string[] = [];
    const fromKnown = checkInternalLinks(dir, BASE, { knownLinks: (file) => read.get(file), onRead: (file) => reread.push(file) });
    assert.deepEqual(fromKnown.map(formatSiteProblem), lines, "the same findings, at the same places");
    assert.deepEqual(reread, [], "no page was read");

    // The about page as an earlier build saw it: no "team" heading, and a link to a page since removed.
    const earlier: PageLinks = { ids: [], urls: ["../#top-heading", "/gone/"], offsets: [0, 10] };
    const messages = checkInternalLinks(dir, BASE, { knownLinks: (file) => (file === "about/index.html" ? earlier : undefined) }).map((p) => `${p.file} ${p.message}`);
    assert.ok(messages.includes("about/index.html /gone/: there is no /gone/ in the site"), messages.join("\n"));
    assert.ok(messages.includes('index.html about/#team: /about/ has no element with id "team"'), "a link into the known page meets its known ids");
    assert.equal(messages.some((m) => m.includes("/#legacy")), false, "the page as it is on disk was not read");
  });
});

describe("the internal link check's places and exceptions", () => {
  const dir = site({
    // Line ends as a browser counts them (CR LF, a lone CR), columns in UTF-16 units after non-ASCII text.
    "crlf.html": '<p>é😀“</p> <a href="/x/">x</a>\r\r<a\r\nhref="/y/">y</a>\n<p>😀</p><A HREF="/z/" href="/fine/">z</A>',
    "search/index.html": '<link rel="stylesheet" href="/pagefind/pagefind-ui.css"><script src="/pagefind/pagefind-ui.js"></script><a href="/%zz">Bad escape</a>',
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("gives each broken link's line and column as an editor shows them", () => {
    const lines = checkInternalLinks(dir, BASE).map(formatSiteProblem).filter((line) => line.startsWith("crlf.html"));
    assert.deepEqual(lines, [
      "crlf.html:8:16 link: /x/: there is no /x/ in the site",
      "crlf.html:11:1 link: /y/: there is no /y/ in the site",
      "crlf.html:12:13 link: /z/: there is no /z/ in the site",
    ]);
  });

  it("reports a malformed escape, and leaves unchecked the folders it is told were not written", () => {
    const search = (unchecked?: string[]) => checkInternalLinks(dir, BASE, unchecked && { unchecked }).map(formatSiteProblem).filter((line) => line.startsWith("search/"));
    assert.deepEqual(search(), [
      "search/index.html:8:24 link: /pagefind/pagefind-ui.css: there is no /pagefind/pagefind-ui.css in the site",
      "search/index.html:8:65 link: /pagefind/pagefind-ui.js: there is no /pagefind/pagefind-ui.js in the site",
      "search/index.html:8:108 link: /%zz: is not a valid URL",
    ]);
    assert.deepEqual(search(["/pagefind/"]), ["search/index.html:8:108 link: /%zz: is not a valid URL"]);
  });
});

describe("the HTML check", () => {
  const dir = site({
    "index.html": "<main><h1>Fine</h1><p>Valid.</p></main>",
    "broken/index.html": '<main><h1>Broken</h1><p id="x">One</p><p id="x">Two</p><img src="/a.png"></main>',
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("lists every message of every page with its place, and passes valid pages", async () => {
    const lines = (await validateSiteHtml(dir)).map(formatSiteProblem);
    assert.deepEqual(lines, [
      'broken/index.html:8:46 no-dup-id: Duplicate ID "x"',
      "broken/index.html:8:57 wcag/h37: <img> is missing required \"alt\" attribute",
    ]);
  });
});
