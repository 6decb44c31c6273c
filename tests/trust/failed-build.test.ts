import assert from "node:assert/strict";
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { runCli } from "../helpers/build.ts";
import { accountSource, SAMPLE_SLUG, tempContent } from "../helpers/content.ts";
import { comparable, snapshotBytes } from "./site-files.ts";

const build = (content: ReturnType<typeof tempContent>) => runCli(["build", "--content", content.content, "--out", content.out], { timeout: 120_000 });

/** What sits beside the output folder: a build's staging or previous copy must never be left there. */
const siblings = (content: ReturnType<typeof tempContent>) => readdirSync(path.dirname(content.out)).filter((e) => e.startsWith(path.basename(content.out)));

describe("a failed build is harmless", { timeout: 300_000 }, () => {
  const failures: [string, (content: ReturnType<typeof tempContent>) => void][] = [
    ["a source does not validate", (c) => c.write(`briefings/${SAMPLE_SLUG}/broken.md`, accountSource({ date: "2024-02-30" }))],
    // Validation passes and every page is written to the staging folder; the link check then refuses the site.
    ["the checks fail after every page was written", (c) => c.write(`briefings/${SAMPLE_SLUG}/linker.md`, accountSource({}, "See [our old page](https://parallax.example/old-page/).\n"))],
  ];
  for (const [name, breakIt] of failures) {
    it(`leaves the published site exactly as it was when ${name}`, () => {
      const content = tempContent();
      try {
        assert.equal(build(content).status, 0);
        const before = snapshotBytes(content.out);
        const inode = statSync(content.out).ino;
        breakIt(content);
        const failed = build(content);
        assert.equal(failed.status, 1, failed.stdout + failed.stderr);
        assert.match(failed.stderr, /Nothing was written/);
        assert.deepEqual(snapshotBytes(content.out), before, "every file byte for byte, no file added or removed");
        assert.equal(statSync(content.out).ino, inode, "the very folder, not a copy");
        assert.deepEqual(siblings(content), ["_site"], "no staging folder is left behind");
      } finally {
        content.dispose();
      }
    });
  }

  it("clears what a killed build left beside the output, and nothing a running build is using", () => {
    const content = tempContent();
    try {
      const gone = 2 ** 22 + 1; // above Linux's largest pid: no process has it
      // This test's own process is running: a folder with its pid belongs to a live build.
      for (const left of [`_site.next-${gone}`, `_site.old-${gone}`, `_site.next-${process.pid}`]) content.write(`../${left}/index.html`, "left behind");
      assert.equal(build(content).status, 0);
      assert.deepEqual(siblings(content).sort(), ["_site", `_site.next-${process.pid}`]);
    } finally {
      content.dispose();
    }
  });

  it("drops the pages of a deleted briefing, and anything else stale, on the next successful build", () => {
    const content = tempContent();
    try {
      content.write("briefings/second-briefing/index.md", "---\ntitle: Second\nclaim: Something else happened.\ntags:\n  - Only here\n---\n");
      content.write("briefings/second-briefing/rt.md", accountSource());
      assert.equal(build(content).status, 0);
      const withSecond = snapshotBytes(content.out);
      assert.ok(withSecond.has("briefings/second-briefing/index.html") && withSecond.has("tags/only-here/index.html"));
      writeFileSync(path.join(content.out, "left-by-hand.html"), "stale");

      rmSync(path.join(content.content, "briefings/second-briefing"), { recursive: true });
      assert.equal(build(content).status, 0);
      const after = snapshotBytes(content.out);
      for (const stale of ["briefings/second-briefing/index.html", "tags/only-here/index.html", "left-by-hand.html"]) assert.equal(after.has(stale), false, stale);
      assert.equal(existsSync(path.join(content.out, "briefings/second-briefing")), false);
      assert.deepEqual(siblings(content), ["_site"]);

      const fresh = tempContent();
      try {
        assert.equal(build(fresh).status, 0);
        assert.deepEqual([...comparable(after).exact.keys()], [...comparable(snapshotBytes(fresh.out)).exact.keys()], "the same files as a build into an empty folder");
      } finally {
        fresh.dispose();
      }
    } finally {
      content.dispose();
    }
  });
});
