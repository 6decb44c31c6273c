import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compareAccounts, type CompareInput, type Quote } from "../../src/compare/index.ts";
import { account } from "./accounts.ts";

function quotesOf(input: CompareInput): Pick<Quote, "text" | "marks" | "speaker">[] {
  return compareAccounts([input]).quotes.byAccount[input.id]!.map(({ text, marks, speaker }) => ({ text, marks, speaker }));
}

describe("quotations", () => {
  it("finds every style of quotation mark", () => {
    const found = quotesOf(
      account("en", [
        `Officials said "the border is closed" on Monday.`,
        `“We will respond,” a spokesman said.`,
        `The minister called it ‘a grave mistake’ but Russia’s envoy disagreed.`,
      ]),
    );
    assert.deepEqual(
      found.map((q) => [q.marks, q.text]),
      [
        ['""', "the border is closed"],
        ["“”", "We will respond"],
        ["‘’", "a grave mistake"],
      ],
    );
    const german = quotesOf(account("de", ["Scholz sagte: „Wir stehen an der Seite der Ukraine.“ Es gebe »keine Alternative«."], "de"));
    assert.deepEqual(german.map((q) => [q.marks, q.text]), [["„“", "Wir stehen an der Seite der Ukraine."], ["»«", "keine Alternative"]]);
    const french = quotesOf(account("fr", ["« Nous sommes prêts », a déclaré le ministre. Il a parlé d’une ‹ crise grave ›."], "fr"));
    assert.deepEqual(french.map((q) => [q.marks, q.text]), [["«»", "Nous sommes prêts"], ["‹›", "crise grave"]]);
  });

  it("does not take apostrophes for quotation marks", () => {
    assert.deepEqual(quotesOf(account("en", ["They’re sure the Kremlin’s line won’t change, and the troops’ morale is low."])), []);
  });

  it("names the speaker: before or after the verb, after the quotation, and through he or she", () => {
    const found = quotesOf(
      account("en", [
        `Defense Secretary Lloyd Austin said "this is a very serious issue" on Monday.`,
        `“We will respond,” said Maria Lopez. “There is no doubt.”`,
        `“It is over,” Austin said.`,
        `Jane Roe, the mayor, spoke later. She said the city was “ready for anything”.`,
      ]),
    );
    assert.deepEqual(
      found.map((q) => q.speaker),
      ["Lloyd Austin", "Maria Lopez", "Maria Lopez", "Lloyd Austin", "Jane Roe"],
    );
  });

  it("pairs the same quotation across accounts, including a fragment of a longer one, with a word diff", () => {
    const comparison = compareAccounts([
      account("a", [`Austin said it would be a “serious issue” if troops went to the front.`]),
      account("b", [`Lloyd Austin warned it would be “a very, very serious issue” for Europe.`, `“Nothing else matters,” Rutte said.`]),
    ]);
    assert.equal(comparison.quotes.pairs.length, 1);
    const [pair] = comparison.quotes.pairs;
    assert.equal(pair!.speaker, "Lloyd Austin");
    assert.deepEqual(pair!.variants, {
      a: { text: "serious issue", sentence: { account: "a", index: 1 } },
      b: { text: "a very, very serious issue", sentence: { account: "b", index: 1 } },
    });
    assert.deepEqual(pair!.diff, [
      { kind: "added", value: "a very, very " },
      { kind: "common", value: "serious issue" },
    ]);
    // The shared quotation aligns the sentences and explains why.
    assert.ok(comparison.pairs.some((p) => p.terms[0] === "“serious issue” ≈ “a very, very serious issue”"));
  });

  it("does not pair the same words from different speakers", () => {
    const comparison = compareAccounts([
      account("a", [`“We will not give up,” Zelensky said.`]),
      account("b", [`“We will not give up,” Putin said.`]),
    ]);
    assert.deepEqual(comparison.quotes.pairs, []);
  });
});
