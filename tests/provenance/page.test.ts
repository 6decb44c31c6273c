import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { citedText, textHash } from "../../src/provenance/text-hash.ts";
import { readPage, runCli } from "../helpers/build.ts";
import { SAMPLE_SLUG, tempContent } from "../helpers/content.ts";

describe("the briefing page shows provenance and the corrections record", () => {
  const content = tempContent();
  const rtFile = path.join(content.content, "briefings", SAMPLE_SLUG, "rt.md");
  let page: Document;

  before(() => {
    const original = readFileSync(rtFile, "utf8");
    content.write(
      `briefings/${SAMPLE_SLUG}/rt.md`,
      original
        .replace("Austin has claimed", "Austin has said")
        .replace("lang: en\n", "lang: en\ncorrections:\n  - date: 2024-10-25\n    kind: correction\n    note: The verb now matches the published text.\n  - date: 2024-10-26\n    minor: true\n"),
    );
    const index = readFileSync(path.join(content.content, "briefings", SAMPLE_SLUG, "index.md"), "utf8");
    content.write(`briefings/${SAMPLE_SLUG}/index.md`, index.replace("tags:", "corrections:\n  - date: 2024-10-24\n    kind: update\n    note: Added the Fox News account.\ntags:"));
    const result = runCli(["build", "--content", content.content, "--out", content.out]);
    assert.equal(result.status, 0, result.stderr);
    page = readPage(content.out, `briefings/${SAMPLE_SLUG}/index.html`);
  });
  after(() => content.dispose());

  it("marks the page updated with the newest correction's date", () => {
    assert.match(page.querySelector(".briefing-header .updated")!.textContent!, /Updated 25 October 2024/);
  });

  it("lists corrections newest first with dates, kinds and what they concern; minor edits apart", () => {
    const items = [...page.querySelectorAll(".corrections .change-list li")].map((li) => li.textContent!.replace(/\s+/g, " "));
    assert.deepEqual(items, [
      "25 October 2024 · Correction · RT’s account: The verb now matches the published text.",
      "24 October 2024 · Update · The briefing: Added the Fox News account.",
    ]);
    assert.match(page.querySelector(".minor-changes summary")!.textContent!, /Minor edits \(1\)/);
  });

  it("carries the corrections in JSON-LD as CorrectionComment", () => {
    const data = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.textContent!);
    assert.equal(data.dateModified, "2024-10-25");
    assert.deepEqual(
      data.correction.map((c: { "@type": string; datePublished: string }) => [c["@type"], c.datePublished]),
      [["CorrectionComment", "2024-10-25"], ["CorrectionComment", "2024-10-24"]],
    );
  });

  it("gives each account a citation block with the SHA-256 of its text as cited", () => {
    const rt = page.querySelector("#account-rt")!;
    const body = readFileSync(rtFile, "utf8").split("\n---\n").slice(1).join("\n---\n");
    assert.equal(rt.querySelector(".hash code")!.textContent, textHash(body));
    assert.ok(citedText(body).includes("Austin has said"));
    assert.match(rt.querySelector(".attribution")!.textContent!, /Updated\s*25 October 2024/);
    assert.match(rt.querySelector(".cite .citation")!.textContent!, /“Pentagon believes North Korean troops are in Russia\.” RT, 23 October 2024\. Updated 25 October 2024\. https:\/\/www\.rt\.com\//);
    assert.match(rt.querySelector(".cite .bibtex")!.textContent!, /^@online\{north-korean-troops-in-russia-rt,/);
  });

  it("offers a citation of the briefing itself", () => {
    assert.match(page.querySelector(".cite-briefing .citation")!.textContent!, /“Pentagon says North Korean troops are in Russia\.” Briefing comparing 2 accounts, 23 October 2024\. Updated 25 October 2024\. https:\/\/parallax\.example\/briefings\/north-korean-troops-in-russia\/\./);
  });
});
