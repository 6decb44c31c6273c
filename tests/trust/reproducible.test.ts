import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { runCli } from "../helpers/build.ts";
import { accountSource, ROOT, tempContent } from "../helpers/content.ts";
import { siteFiles } from "../../src/site/site-files.ts";
import { comparable, snapshotBytes } from "./site-files.ts";

/** Sources that exercise ordering: same-day accounts, a time with an offset, tags that sort differently by locale. */
function addOrderingBriefing(content: ReturnType<typeof tempContent>): void {
  content.write("briefings/ordering/index.md", "---\ntitle: Ordering\nclaim: Order is defined.\ntags:\n  - Zeta\n  - alpha\n  - Ärger\n  - Éclair\n  - ångström\n---\n");
  content.write("briefings/ordering/b-second.md", accountSource({ outlet: "rt", title: "Second" }));
  content.write("briefings/ordering/a-first.md", accountSource({ outlet: "rt", title: "First" }));
  content.write("briefings/ordering/c-late.md", accountSource({ outlet: "fox-news", date: "2024-10-23T23:30:00-10:00", title: "Late west of Greenwich" }));
  content.write("briefings/ordering/d-early.md", accountSource({ outlet: "fox-news", date: "2024-10-23T00:30:00+14:00", title: "Early in Kiritimati" }));
}

/** A copy of `from` written file by file in reverse path order, so folders list their entries in another order. */
function copyReversed(from: string, to: string): void {
  for (const file of siteFiles(from).reverse()) {
    mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    writeFileSync(path.join(to, file), readFileSync(path.join(from, file)));
  }
}

describe("builds are reproducible", { timeout: 300_000 }, () => {
  it("builds the same sources byte for byte alike under other time zones, locales, folders and file orders", () => {
    const first = tempContent();
    // tmpfs lists a folder's entries in reverse creation order, ext4 in hash order: both orders get built.
    const otherRoot = mkdtempSync(path.join(existsSync("/dev/shm") ? "/dev/shm" : tmpdir(), "parallax-order-"));
    try {
      addOrderingBriefing(first);
      const secondContent = path.join(otherRoot, "content");
      copyReversed(first.content, secondContent);
      const secondOut = path.join(otherRoot, "site", "_site");

      const a = runCli(["build", "--content", first.content, "--out", first.out], { timeout: 120_000, env: { TZ: "Pacific/Kiritimati", LANG: "de_DE.UTF-8", LC_ALL: "de_DE.UTF-8" } });
      assert.equal(a.status, 0, a.stderr);
      const b = runCli(["build", "--content", secondContent, "--out", secondOut], { timeout: 120_000, env: { TZ: "America/Los_Angeles", LANG: "C", LC_ALL: "C" } });
      assert.equal(b.status, 0, b.stderr);

      const [one, two] = [comparable(snapshotBytes(first.out)), comparable(snapshotBytes(secondOut))];
      assert.deepEqual([...two.exact.keys()], [...one.exact.keys()], "the same files");
      const differing = [...one.exact].filter(([file, bytes]) => !bytes.equals(two.exact.get(file)!)).map(([file]) => file);
      assert.deepEqual(differing, [], "files that differ between the builds");
      assert.deepEqual(two.unstable, one.unstable, "Pagefind's filter index: the same files, the same sizes");
      assert.ok(one.exact.size > 10);
    } finally {
      first.dispose();
      rmSync(otherRoot, { recursive: true, force: true });
    }
  });

  it("writes no build time and no machine path into the site", () => {
    const content = tempContent();
    try {
      const today = new Date().toISOString().slice(0, 10);
      assert.equal(runCli(["build", "--content", content.content, "--out", content.out], { timeout: 120_000 }).status, 0);
      const leaks: string[] = [];
      for (const [file, bytes] of snapshotBytes(content.out)) {
        if (!/\.(html|xml|json|txt)$/.test(file)) continue;
        const text = bytes.toString("utf8");
        for (const needle of [today, content.dir, ROOT]) if (text.includes(needle)) leaks.push(`${file}: ${needle}`);
      }
      assert.deepEqual(leaks, []);
    } finally {
      content.dispose();
    }
  });
});
