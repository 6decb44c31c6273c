import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { DOMParser } from "linkedom";
import { validateSiteHtml } from "../../src/site/html-check.ts";
import { checkInternalLinks } from "../../src/site/link-check.ts";
import { formatSiteProblem, htmlFiles } from "../../src/site/site-files.ts";
import { readPage, runCli } from "../helpers/build.ts";
import { accountSource, SAMPLE_SLUG, tempContent } from "../helpers/content.ts";

const BASE = "https://parallax.example/";
const BRIEFING = `briefings/${SAMPLE_SLUG}/index.html`;
const PAGES = ["index.html", "about/index.html", "search/index.html", "404.html", BRIEFING, "outlets/rt/index.html", "outlets/fox-news/index.html", "tags/north-korea/index.html", "tags/russia/index.html", "tags/ukraine-war/index.html"];

/** `about/index.html` → `/about/`, as the page's own URL. */
const urlOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
const xml = (out: string, file: string) => new DOMParser().parseFromString(readFileSync(path.join(out, file), "utf8"), "text/xml") as unknown as Document;

describe("the built sample site", () => {
  const content = tempContent();
  const out = content.out;
  before(() => {
    const result = runCli(["build", "--content", content.content, "--out", out]);
    assert.equal(result.status, 0, result.stderr);
  });
  after(() => content.dispose());

  it("has every page, the feeds, the sitemap, robots.txt and the search index", () => {
    for (const file of [...PAGES, "feed.xml", "feed.json", "sitemap.xml", "robots.txt", "assets/parallax.css", "pagefind/pagefind-ui.js", "pagefind/pagefind-entry.json"])
      assert.ok(existsSync(path.join(out, file)), file);
    assert.deepEqual(htmlFiles(out), [...PAGES].sort());
  });

  it("passes html-validate on every page", async () => {
    assert.deepEqual((await validateSiteHtml(out)).map(formatSiteProblem), []);
  });

  it("has no broken internal link or fragment", () => {
    assert.deepEqual(checkInternalLinks(out, BASE).map(formatSiteProblem), []);
  });

  it("gives every page a title, a description, a canonical URL and Open Graph data", () => {
    for (const file of PAGES.filter((p) => p !== "404.html")) {
      const page = readPage(out, file);
      const meta = (selector: string) => page.querySelector(selector)?.getAttribute("content") ?? page.querySelector(selector)?.getAttribute("href");
      const canonical = new URL(urlOf(file), BASE).href;
      assert.match(page.title, / · Parallax$/, file);
      assert.ok(meta('meta[name="description"]'), file);
      assert.equal(meta('link[rel="canonical"]'), canonical, file);
      assert.equal(meta('meta[property="og:url"]'), canonical, file);
      assert.equal(meta('meta[property="og:title"]'), page.title.replace(/ · Parallax$/, ""), file);
      assert.equal(meta('meta[property="og:description"]'), meta('meta[name="description"]'), file);
    }
    const briefing = readPage(out, BRIEFING);
    assert.equal(briefing.querySelector('meta[property="og:type"]')!.getAttribute("content"), "article");
    const notFound = readPage(out, "404.html");
    assert.equal(notFound.querySelector('meta[name="robots"]')!.getAttribute("content"), "noindex");
    assert.equal(notFound.querySelector('link[rel="canonical"]'), null);
  });

  it("keeps the Content-Security-Policy first, strict everywhere but the search page, and needs nothing inline", () => {
    for (const file of PAGES) {
      const page = readPage(out, file);
      const first = page.head.firstElementChild!;
      assert.equal(first.getAttribute("http-equiv"), "Content-Security-Policy", file);
      const policy = first.getAttribute("content")!;
      assert.match(policy, /default-src 'none'/);
      assert.equal(policy.includes("'wasm-unsafe-eval'"), file === "search/index.html", file);
      assert.equal(page.querySelectorAll("[style]").length, 0, `${file}: inline style`);
      const scripts = [...page.querySelectorAll("script")];
      assert.ok(scripts.every((s) => s.getAttribute("type") === "application/ld+json" || (s.getAttribute("src") && !s.textContent!.trim())), `${file}: inline script`);
      if (file !== "search/index.html") assert.ok(scripts.every((s) => s.getAttribute("type") === "application/ld+json"), `${file}: only the search page runs JavaScript`);
    }
  });

  it("loads nothing from another origin and no web font", () => {
    for (const file of PAGES) {
      const page = readPage(out, file);
      const resources = [...page.querySelectorAll("link[rel~=stylesheet], link[rel~=icon], script[src], img[src]")].map((e) => e.getAttribute("href") ?? e.getAttribute("src")!);
      assert.ok(resources.length > 0);
      for (const url of resources) assert.match(url, /^\/[^/]/, `${file}: ${url}`);
    }
    assert.doesNotMatch(readFileSync(path.join(out, "assets/parallax.css"), "utf8"), /@font-face|@import|url\(/);
  });

  it("keeps the briefing page's HTML and CSS under 60 KB", () => {
    const bytes = statSync(path.join(out, BRIEFING)).size + statSync(path.join(out, "assets/parallax.css")).size;
    assert.ok(bytes < 60 * 1024, `${bytes} bytes`);
  });

  it("describes the briefing in JSON-LD, citing both accounts as NewsArticles", () => {
    const data = JSON.parse(readPage(out, BRIEFING).querySelector('script[type="application/ld+json"]')!.textContent!);
    assert.equal(data.url, `${BASE}briefings/${SAMPLE_SLUG}/`);
    assert.deepEqual(data.citation.map((c: { "@type": string; publisher: { name: string } }) => `${c["@type"]} ${c.publisher.name}`), ["NewsArticle Fox News", "NewsArticle RT"]);
  });

  it("writes an Atom feed and a JSON Feed dated by the newest account, never by the build", () => {
    const atom = xml(out, "feed.xml");
    assert.equal(atom.querySelector("feed > updated")!.textContent, "2024-10-23T00:00:00Z");
    assert.equal(atom.querySelector("feed > link[rel=self]")!.getAttribute("href"), `${BASE}feed.xml`);
    const entries = [...atom.querySelectorAll("entry")];
    assert.equal(entries.length, 1);
    assert.equal(entries[0]!.querySelector("id")!.textContent, `${BASE}briefings/${SAMPLE_SLUG}/`);
    assert.equal(entries[0]!.querySelector("published")!.textContent, "2024-10-23T00:00:00Z");
    assert.match(entries[0]!.querySelector("content")!.textContent!, /<li>RT \(◆ Questions\): “Pentagon believes North Korean troops are in Russia”<\/li>/);

    const json = JSON.parse(readFileSync(path.join(out, "feed.json"), "utf8"));
    assert.equal(json.version, "https://jsonfeed.org/version/1.1");
    assert.equal(json.feed_url, `${BASE}feed.json`);
    assert.deepEqual(json.items.map((i: { id: string; date_modified: string; tags: string[] }) => [i.id, i.date_modified, i.tags]), [[`${BASE}briefings/${SAMPLE_SLUG}/`, "2024-10-23T00:00:00Z", ["North Korea", "Russia", "Ukraine war"]]]);
  });

  it("lists every page but the 404 in the sitemap, and points robots.txt at it", () => {
    const listed = [...xml(out, "sitemap.xml").querySelectorAll("url > loc")].map((l) => l.textContent);
    assert.deepEqual(listed.sort(), PAGES.filter((p) => p !== "404.html").map((p) => new URL(urlOf(p), BASE).href).sort());
    assert.match(readFileSync(path.join(out, "robots.txt"), "utf8"), /^Sitemap: https:\/\/parallax\.example\/sitemap\.xml$/m);
  });

  it("gives each outlet a page with its registry facts and every account with its stance", () => {
    const rt = readPage(out, "outlets/rt/index.html");
    assert.equal(rt.querySelector("h1")!.textContent, "RT");
    assert.match(rt.querySelector(".outlet-registry")!.textContent!, /Russia.*state-funded.*https:\/\/www\.rt\.com\/.*Banned from broadcasting/s);
    const accounts = [...rt.querySelectorAll(".outlet-accounts > li")];
    assert.equal(accounts.length, 1);
    assert.equal(accounts[0]!.querySelector(".headline a")!.getAttribute("href"), `/briefings/${SAMPLE_SLUG}/#account-rt`);
    assert.match(accounts[0]!.querySelector(".stance")!.textContent!, /◆\s*Stance toward the claim: Questions/);
  });

  it("gives each tag a page listing its briefings, linked from the briefing", () => {
    const briefing = readPage(out, BRIEFING);
    assert.deepEqual([...briefing.querySelectorAll("a.tag")].map((a) => a.getAttribute("href")), ["/tags/north-korea/", "/tags/russia/", "/tags/ukraine-war/"]);
    const tag = readPage(out, "tags/russia/index.html");
    assert.match(tag.querySelector("h1")!.textContent!, /Tag:\s*Russia/);
    assert.equal(tag.querySelector(".briefing-item h2 a")!.getAttribute("href"), `/briefings/${SAMPLE_SLUG}/`);
  });

  it("explains every stance label, with its shape, on the about page", () => {
    const about = readPage(out, "about/index.html");
    const terms = [...about.querySelectorAll(".stance-list dt")].map((dt) => dt.textContent!.replace(/\s+/g, " ").trim());
    assert.deepEqual(terms, ["▲ Stance toward the claim: Affirms", "■ Stance toward the claim: Reports", "◆ Stance toward the claim: Questions", "▼ Stance toward the claim: Disputes"]);
    assert.ok(about.querySelector("#comparison"), "explains how the comparison is made");
  });

  it("marks each account with its language and direction, and only briefings for the search index", () => {
    const briefing = readPage(out, BRIEFING);
    for (const account of briefing.querySelectorAll("article.account")) {
      assert.equal(account.getAttribute("lang"), "en");
      assert.equal(account.getAttribute("dir"), "auto");
      assert.ok(account.querySelector(".account-text"));
    }
    for (const file of PAGES) assert.equal(readPage(out, file).querySelectorAll("[data-pagefind-body]").length, file === BRIEFING ? 1 : 0, file);
  });
});

describe("the post-build steps", () => {
  it("stop the build on a broken link to the site's own pages and leave the published site untouched", () => {
    const content = tempContent();
    try {
      assert.equal(runCli(["build", "--content", content.content, "--out", content.out]).status, 0);
      const before = listing(content.out);
      content.write(`briefings/${SAMPLE_SLUG}/linker.md`, accountSource({}, "See [our old page](https://parallax.example/old-page/).\n"));
      const result = runCli(["build", "--content", content.content, "--out", content.out]);
      assert.equal(result.status, 1);
      assert.match(result.stderr, new RegExp(`briefings/${SAMPLE_SLUG}/index\\.html:\\d+:\\d+ link: https://parallax\\.example/old-page/: there is no /old-page/ in the site`));
      assert.match(result.stderr, /1 problem in the built site\nNothing was written; _site\/ is unchanged\./);
      assert.deepEqual(listing(content.out), before);
      assert.deepEqual(readdirSync(content.dir).sort(), [".cache", "_site", "content"], "no staging folder left behind, only the page cache");
    } finally {
      content.dispose();
    }
  });
});

function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).sort();
}
