import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { postBuild } from "../../src/site/post-build.ts";
import { runCli } from "../helpers/build.ts";
import { tempContent } from "../helpers/content.ts";

describe("parallax build --no-search --timings", () => {
  const content = tempContent();
  let result: ReturnType<typeof runCli>;
  before(() => {
    result = runCli(["build", "--no-search", "--timings", "--content", content.content, "--out", content.out]);
  });
  after(() => content.dispose());

  it("builds the site without the search index, and says so", () => {
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^Built .*_site\/ without the search index$/m);
    assert.ok(existsSync(path.join(content.out, "index.html")));
    assert.equal(existsSync(path.join(content.out, "pagefind")), false);
  });

  it("reports how long each phase took, in the order they started", () => {
    const phases = [...result.stderr.matchAll(/^timing (.+): (\d+\.\d\d) s$/gm)].map((m) => m[1]);
    assert.deepEqual(phases, ["startup", "validation", "Eleventy, all pages", "briefing pages (within Eleventy)", "site pages (lists, feeds, static pages)", "link check"], result.stderr);
  });

  it("keeps the search page, whose links into the missing index were not counted as broken", () => {
    assert.match(readFileSync(path.join(content.out, "search/index.html"), "utf8"), /src="\/pagefind\/pagefind-ui\.js"/);
  });

  it("still checks every other link", async () => {
    writeFileSync(path.join(content.out, "stray.html"), '<!DOCTYPE html><title>Stray</title><a href="/nowhere/">x</a><a href="/pagefind/pagefind-ui.js">y</a>');
    const checked = await postBuild(content.out, content.content, { search: false });
    assert.equal(checked.ok, false);
    assert.equal(checked.report, "stray.html:1:39 link: /nowhere/: there is no /nowhere/ in the site\n1 problem in the built site");
  });
});
