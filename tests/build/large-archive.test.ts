import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { after, describe, it } from "node:test";
import { generateArchive } from "../../bench/archive.ts";
import { loadContent } from "../../src/content/load.ts";
import { loadSiteConfig } from "../../src/content/site-config.ts";
import { renderBriefingPage } from "../../src/eleventy/briefing-pages.ts";
import { createLayoutRenderer } from "../../src/eleventy/layout-renderer.ts";
import { buildSiteView, FEED_ENTRIES } from "../../src/render/view.ts";
import { readPage, runCli } from "../helpers/build.ts";
import { tempContent } from "../helpers/content.ts";

// Large enough that briefing pages are rendered by the worker pool, in batches.
const BRIEFINGS = 260;

describe("building an archive large enough for the worker pool", () => {
  const content = tempContent({ empty: true });
  after(() => content.dispose());

  it("writes every briefing page exactly as rendering it in this process does", () => {
    generateArchive(content.content, BRIEFINGS);
    const result = runCli(["build", "--no-search", "--content", content.content, "--out", content.out]);
    assert.equal(result.status, 0, result.stderr);

    assert.equal(readdirSync(path.join(content.out, "briefings")).length, BRIEFINGS);
    const { site } = loadContent(content.content);
    const { config } = loadSiteConfig(content.content);
    const view = buildSiteView(site!, config!);
    const renderer = createLayoutRenderer();
    for (const briefing of view.briefings) {
      const written = readFileSync(path.join(content.out, briefing.url, "index.html"), "utf8");
      assert.equal(written, renderBriefingPage(renderer, briefing, config!), briefing.url);
    }
  });

  it("lists every briefing on the home page and the newest in the feeds", () => {
    const home = readPage(content.out, "index.html");
    const listed = [...home.querySelectorAll(".briefing-list a[href^='/briefings/']")].map((a) => a.getAttribute("href")!);
    const briefings = [...new Set(listed)];
    assert.equal(briefings.length, BRIEFINGS);
    const atom = parseHTML(readFileSync(path.join(content.out, "feed.xml"), "utf8")).document;
    const entries = [...atom.querySelectorAll("entry > id")].map((id) => new URL(id.textContent!).pathname);
    assert.deepEqual(entries, briefings.slice(0, FEED_ENTRIES));
    const json = JSON.parse(readFileSync(path.join(content.out, "feed.json"), "utf8")) as { items: { id: string }[] };
    assert.deepEqual(json.items.map((item) => new URL(item.id).pathname), entries);
  });
});
