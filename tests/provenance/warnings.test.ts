import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadContent } from "../../src/content/load.ts";
import { formatProblem } from "../../src/content/problems.ts";
import { archivedHost, provenanceWarnings } from "../../src/provenance/warnings.ts";
import { runCli } from "../helpers/build.ts";
import { accountSource, SAMPLE_SLUG, tempContent } from "../helpers/content.ts";

describe("provenance warnings", () => {
  it("reads the archived site from archive addresses that carry it", () => {
    assert.equal(archivedHost("https://web.archive.org/web/20241023120000/https://www.rt.com/news/1/"), "rt.com");
    assert.equal(archivedHost("https://archive.ph/2024.10.23-120000/https://www.foxnews.com/world/x"), "foxnews.com");
    assert.equal(archivedHost("https://archive.ph/AbCd1"), undefined);
  });

  it("warns about a missing url or archive and an archive of another site, without failing check", () => {
    const content = tempContent();
    try {
      const dir = `briefings/${SAMPLE_SLUG}`;
      content.write(`${dir}/cited.md`, accountSource({ url: "https://www.rt.com/a/", archive: "https://web.archive.org/web/2024/https://www.foxnews.com/b/" }));
      const { site } = loadContent(content.content);
      const lines = provenanceWarnings(site!).map(formatProblem);
      assert.ok(lines.some((l) => /cited\.md:1:1 archive: is a copy of foxnews\.com, but url is on rt\.com \[warning\]/.test(l)), lines.join("\n"));
      assert.ok(lines.some((l) => /fox-news\.md:1:1 url: is missing/.test(l)));
      assert.equal(lines.filter((l) => l.includes("cited.md")).length, 1);
      const result = runCli(["check", "--content", content.content]);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stderr, /\[warning\]/);
    } finally {
      content.dispose();
    }
  });
});
