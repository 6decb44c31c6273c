import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, it } from "node:test";
import { loadContent } from "../../src/content/load.ts";
import { accountBibtex, citeAccount, citeBriefing } from "../../src/provenance/citation.ts";
import { citedText, differsBeyondWhitespace, textHash } from "../../src/provenance/text-hash.ts";
import { SAMPLE_CONTENT, SAMPLE_SLUG } from "../helpers/content.ts";

const briefing = loadContent(SAMPLE_CONTENT).site!.briefings.find((b) => b.slug === SAMPLE_SLUG)!;
const rt = briefing.accounts.find((a) => a.id === "rt")!;

describe("the text as cited and its hash", () => {
  it("ignores trailing spaces and blank lines at the ends, nothing else", () => {
    assert.equal(citedText("\n\nOne.  \n\nTwo.\n\n\n"), "One.\n\nTwo.\n");
    assert.equal(textHash("\nOne. \n"), textHash("One.\n"));
    assert.notEqual(textHash("One.\n"), textHash("One!\n"));
    assert.equal(textHash("One.\n"), createHash("sha256").update("One.\n").digest("hex"));
  });

  it("carries the hash on every loaded account", () => {
    assert.match(rt.sha256, /^[0-9a-f]{64}$/);
    assert.equal(rt.sha256, textHash(rt.body));
  });

  it("tells white-space edits from real ones", () => {
    assert.equal(differsBeyondWhitespace("A b.\n\nC.", "A\nb.\n\n\nC.  "), false);
    assert.equal(differsBeyondWhitespace("A b.", "A c."), true);
  });
});

describe("citations", () => {
  it("cite an account with outlet, headline, date and links", () => {
    assert.equal(citeAccount(rt), `“Pentagon believes North Korean troops are in Russia.” RT, 23 October 2024. ${rt.url}.`);
  });

  it("give a biblatex entry with braces and TeX specials escaped", () => {
    const entry = accountBibtex({ ...rt, title: "50% of {troops} & more_" });
    assert.match(entry, /^@online\{north-korean-troops-in-russia-rt,\n {2}title = \{50\\% of \\\{troops\\\} \\& more\\_\},/);
    assert.match(entry, new RegExp(`note = \\{SHA-256 of the text as cited: ${rt.sha256}\\},`));
  });

  it("cite the briefing with its address", () => {
    assert.equal(
      citeBriefing(briefing, { title: "Parallax", url: "https://parallax.example/" }),
      "Parallax. “Pentagon says North Korean troops are in Russia.” Briefing comparing 2 accounts, 23 October 2024. https://parallax.example/briefings/north-korean-troops-in-russia/.",
    );
  });
});
