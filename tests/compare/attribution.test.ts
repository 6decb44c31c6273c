import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { certaintyOf, compareAccounts, type CompareInput } from "../../src/compare/index.ts";
import { account } from "./accounts.ts";

function single(paragraphs: string[], title = ""): CompareInput {
  return account("a", paragraphs, "en", title);
}

describe("certainty ladder", () => {
  it("ranks reporting verbs from confirmation to denial", () => {
    const ladder: [string, string | null, string?][] = [
      ["confirm", "high"], ["revealed", "high"], ["announces", "high"],
      ["said", "neutral"], ["told", "neutral"], ["stated", "neutral"],
      ["claimed", "low"], ["alleges", "low"], ["insisted", "low"],
      ["denied", "denial"], ["dismissed", "denial"], ["rejects", "denial"],
      ["walked", null], ["dementierte", "denial", "de"],
    ];
    for (const [verb, level, lang] of ladder) assert.equal(certaintyOf(verb, lang), level, verb);
  });

  it("counts reporting verbs used for sources, with the source, and not nouns or adjectives", () => {
    const { attribution } = compareAccounts([
      single([
        "The Pentagon confirmed the move on Monday. Russia has denied the reports, while officials said talks went on.",
        "Kyiv claimed that the strikes hit a depot. North Korea dismissed claims it sent troops.",
        "The alleged deployment was reportedly small, according to analysts.",
      ]),
    ]);
    const uses = attribution["a"]!.uses.map((u) => [u.verb, u.level, u.source]);
    assert.deepEqual(uses, [
      ["confirmed", "high", "Pentagon"],
      ["denied", "denial", "Russia"],
      ["said", "neutral", null],
      ["claimed", "low", "Ukraine"],
      ["dismissed", "denial", "North Korea"],
      ["according to", "neutral", null],
    ]);
    assert.deepEqual(attribution["a"]!.counts, { high: 1, neutral: 2, low: 1, denial: 2 });
    assert.deepEqual(
      attribution["a"]!.hedges.map((h) => h.word),
      ["alleged", "reportedly"],
    );
  });

  it("ignores reporting verbs inside quotations: those are the source's words", () => {
    const { attribution } = compareAccounts([single([`“We have confirmed nothing,” the minister said.`])]);
    assert.deepEqual(
      attribution["a"]!.uses.map((u) => u.verb),
      ["said"],
    );
  });
});

describe("headline framing", () => {
  it("finds the verb a headline frames its claim with", () => {
    const framing = (title: string) => compareAccounts([single(["Text."], title)]).framing["a"];
    assert.deepEqual(framing("Pentagon believes North Korean troops are in Russia"), { verb: "believes", lemma: "believe", level: "low" });
    assert.deepEqual(framing("North Korea has sent troops to Russia, Pentagon confirms"), { verb: "confirms", lemma: "confirm", level: "high" });
    assert.deepEqual(framing("Kremlin denies sending troops"), { verb: "denies", lemma: "deny", level: "denial" });
    assert.deepEqual(framing("Quake horror: thousands dead in Morocco"), { verb: null, lemma: null, level: null });
  });
});
