import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { after, describe, it } from "node:test";
import { generateArchive } from "../../bench/archive.ts";
import { loadContent } from "../../src/content/load.ts";
import { loadSiteConfig } from "../../src/content/site-config.ts";
import { renderBriefingPage, renderInWorkers } from "../../src/eleventy/briefing-pages.ts";
import { createLayoutRenderer } from "../../src/eleventy/layout-renderer.ts";
import { buildSiteView, LIST_PAGE_SIZE } from "../../src/render/view.ts";
import { readPage, runCli } from "../helpers/build.ts";
import { tempContent } from "../helpers/content.ts";

// Enough for several pages of every list, and several batches of the worker pool.
const BRIEFINGS = 260;

describe("building a large archive", () => {
  const content = tempContent({ empty: true });
  after(() => content.dispose());

  it("writes every briefing page exactly as rendering it in this process does, and so does the worker pool", async () => {
    generateArchive(content.content, BRIEFINGS);
    const result = runCli(["build", "--no-search", "--content", content.content, "--out", content.out]);
    assert.equal(result.status, 0, result.stderr);

    assert.equal(readdirSync(path.join(content.out, "briefings")).length, BRIEFINGS);
    const { site } = loadContent(content.content);
    const { config } = loadSiteConfig(content.content);
    const view = buildSiteView(site!, config!);
    // The pool renders only archives larger than this one: here it is run on its own.
    const pooled = path.join(content.dir, "pooled");
    await renderInWorkers(view.briefings.map((briefing) => ({ briefing })), 2, config!, pooled);
    const renderer = createLayoutRenderer();
    for (const briefing of view.briefings) {
      const expected = renderBriefingPage(renderer, briefing, config!);
      assert.equal(readFileSync(path.join(content.out, briefing.url, "index.html"), "utf8"), expected, briefing.url);
      assert.equal(readFileSync(path.join(pooled, briefing.url, "index.html"), "utf8"), expected, `${briefing.url} from the pool`);
    }
  });

  /** Follows a list's "Older" links from `first`: every page's entries (by `entries`, a selector), and the pages' paths. */
  const walk = (first: string, entries: string) => {
    const items: string[] = [];
    const pages: string[] = [];
    for (let next: string | null = first; next; ) {
      pages.push(next);
      const page = readPage(content.out, `${next}index.html`);
      const listed = [...page.querySelectorAll(entries)].map((a) => a.getAttribute("href")!);
      assert.ok(listed.length > 0 && listed.length <= LIST_PAGE_SIZE, `${next}: ${listed.length} entries`);
      items.push(...listed);
      next = page.querySelector(".pagination a[rel=next]")?.getAttribute("href") ?? null;
    }
    return { items, pages };
  };

  it("lists every briefing once across the home page's pages, and the newest in the feeds", () => {
    const { items: briefings, pages } = walk("/", ".briefing-list > li > h2 > a");
    assert.deepEqual(pages.slice(0, 2), ["/", "/page/2/"]);
    assert.equal(pages.length, Math.ceil(BRIEFINGS / LIST_PAGE_SIZE));
    assert.equal(new Set(briefings).size, BRIEFINGS);
    assert.equal(briefings.length, BRIEFINGS);
    const atom = parseHTML(readFileSync(path.join(content.out, "feed.xml"), "utf8")).document;
    const entries = [...atom.querySelectorAll("entry > id")].map((id) => new URL(id.textContent!).pathname);
    assert.deepEqual(entries, briefings.slice(0, 50), "the default: the 50 newest");
    const json = JSON.parse(readFileSync(path.join(content.out, "feed.json"), "utf8")) as { items: { id: string }[] };
    assert.deepEqual(json.items.map((item) => new URL(item.id).pathname), entries);
  });

  it("lists in the sitemap every briefing, every page of every outlet's and tag's list, and the home page", () => {
    const { site } = loadContent(content.content);
    const view = buildSiteView(site!, loadSiteConfig(content.content).config!);
    const sitemap = [...readFileSync(path.join(content.out, "sitemap.xml"), "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const expected = ["/", "/about/", "/search/", ...view.briefings.map((b) => b.url), ...view.outletPages.map((p) => p.url), ...view.tagPages.map((p) => p.url)].sort();
    assert.deepEqual(sitemap, expected);
    assert.ok(view.outletPages.some((p) => p.pager.pageNumber > 0), "outlets with several pages");
  });

  it("lists every account of an outlet and every briefing of a tag across their pages", () => {
    const { site } = loadContent(content.content);
    const view = buildSiteView(site!, loadSiteConfig(content.content).config!);
    const outlet = view.outlets.reduce((most, o) => (o.accounts.length > most.accounts.length ? o : most));
    const tag = view.tags.reduce((most, t) => (t.briefings.length > most.briefings.length ? t : most));
    assert.ok(outlet.accounts.length > LIST_PAGE_SIZE && tag.briefings.length > LIST_PAGE_SIZE, "both lists need more than one page");
    assert.deepEqual(walk(outlet.url, ".outlet-accounts .headline a").items, outlet.accounts.map(({ account }) => account.columnUrl));
    const tagged = walk(tag.url, ".briefing-list > li > h2 > a");
    assert.deepEqual(tagged.items, tag.briefings.map((b) => b.url));
    assert.equal(tagged.pages[1], `${tag.url}page/2/`);
  });
});
