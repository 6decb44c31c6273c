import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { cachedLinks, openLinkCache } from "../../src/site/link-cache.ts";
import type { PageLinks } from "../../src/site/link-check.ts";
import type { PageCache } from "../../src/site/page-cache.ts";
import { saveKeptResults } from "../../src/util/kept-results.ts";

describe("the link cache beside the page cache", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "parallax-links-"));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, "links.json");
  const pages = (entries: Record<string, string>): PageCache => ({ dir, salt: "salt", restored: 0, rendered: 0, entries: new Map(Object.entries(entries)) });
  const links: PageLinks = { ids: ["main"], urls: ["/about/"], offsets: [12] };

  it("knows a page's links by its entry, whatever the page's path, and keeps only this build's", () => {
    const first = openLinkCache(file, "salt");
    const record = cachedLinks(first, pages({ "briefings/a/index.html": path.join(dir, "aaa.html"), "briefings/b/index.html": path.join(dir, "bbb.html") }));
    assert.equal(record.knownLinks("briefings/a/index.html"), undefined, "nothing is known yet");
    record.onRead("briefings/a/index.html", links);
    record.onRead("briefings/b/index.html", { ids: [], urls: [], offsets: [] });
    record.onRead("index.html", links); // not a cached page: not kept
    saveKeptResults(first);
    assert.deepEqual([first.read, first.reused], [3, 0]);

    const second = openLinkCache(file, "salt");
    const use = cachedLinks(second, pages({ "briefings/renamed/index.html": path.join(dir, "aaa.html") }));
    assert.deepEqual(use.knownLinks("briefings/renamed/index.html"), links);
    assert.equal(use.knownLinks("index.html"), undefined);
    saveKeptResults(second);
    assert.deepEqual([...openLinkCache(file, "salt").stored.keys()], ["aaa.html"], "the entry no page uses now is forgotten");
  });

  it("holds nothing from other code (another salt) or a damaged file", () => {
    assert.equal(openLinkCache(file, "other code").stored.size, 0);
    writeFileSync(file, "{ not json");
    assert.equal(openLinkCache(file, "salt").stored.size, 0);
    writeFileSync(file, JSON.stringify({ salt: "salt", entries: [["aaa.html", links], ["bbb.html", { ids: "main" }], ["ccc.html", { ids: [], urls: ["/"], offsets: [] }]] }));
    assert.deepEqual([...openLinkCache(file, "salt").stored.keys()], ["aaa.html"], "entries of the wrong shape are dropped");
    assert.equal(openLinkCache(path.join(dir, "missing.json"), "salt").stored.size, 0);
  });
});
