import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compareAccounts, type CompareInput } from "../../src/compare/index.ts";
import { fixturePath, readJson } from "./accounts.ts";
import { scoreComparison, type Gold } from "./gold-score.ts";

/**
 * Accounts of other events, written for these tests, so the engine is not judged on the sample alone.
 * Across languages only names, figures and synonym-table concepts can match, so less is found there.
 */
const FIXTURES = [
  { name: "morocco-earthquake", minRecall: 0.8 },
  { name: "dutch-election", minRecall: 0.8 },
  { name: "bahnstreik", minRecall: 0.8 },
  { name: "turkey-earthquake-de-en", minRecall: 0.7 },
] as const;

function load(name: string): { accounts: CompareInput[]; gold: Gold } {
  return readJson(fixturePath(`${name}.json`));
}

for (const { name, minRecall } of FIXTURES) {
  describe(`fixture ${name}`, () => {
    const { accounts, gold } = load(name);
    const comparison = compareAccounts(accounts);
    const score = scoreComparison(comparison, gold);

    it("aligns the paraphrased claims", () => {
      assert.ok(score.precision >= 0.8, `precision ${score.precision}; unexpected: ${JSON.stringify(score.unexpected)}`);
      assert.ok(score.recall >= minRecall, `recall ${score.recall}; missed: ${JSON.stringify(score.missed)}`);
    });

    it("pairs shared quotations and finds the figures and framing", () => {
      assert.equal(score.quotesPaired.found, score.quotesPaired.total);
      assert.equal(score.quotesWithSpeaker.found, score.quotesWithSpeaker.total);
      assert.equal(score.numbersFound.found, score.numbersFound.total);
      assert.equal(score.numbersUnexpected, 0);
      assert.equal(score.framingFound.found, score.framingFound.total);
    });

    it("leaves what only one account reports unmatched", () => {
      assert.equal(score.onlyInUnmatched.found, score.onlyInUnmatched.total);
    });
  });
}

describe("three accounts", () => {
  const { accounts } = load("morocco-earthquake");
  const comparison = compareAccounts(accounts);
  const rowOf = (account: string, text: string) => {
    const index = comparison.sentences[account]!.find((s) => s.text.includes(text))!.index;
    return comparison.claims.find((row) => row.cells[account]!.includes(index))!;
  };

  it("aligns every pair of accounts", () => {
    const between = new Set(comparison.pairs.map((p) => `${p.a.account}/${p.b.account}`));
    assert.deepEqual([...between].sort(), ["broadcaster/tabloid", "broadcaster/wire", "tabloid/wire"]);
  });

  it("groups a claim all three report into one row", () => {
    const mourning = rowOf("wire", "national mourning");
    assert.equal(mourning.reportedBy, 3);
    assert.equal(mourning.cells["tabloid"]!.length, 1);
    assert.equal(mourning.cells["broadcaster"]!.length, 1);
  });

  it("says which claims k of n accounts report, and who leaves them out", () => {
    const quote = rowOf("wire", "My neighbours are still under the rubble");
    assert.equal(quote.reportedBy, 2);
    const wireIndex = comparison.sentences["wire"]!.find((s) => s.text.includes("My neighbours"))!.index;
    assert.deepEqual(
      comparison.only["wire"]!.find((o) => o.index === wireIndex),
      { index: wireIndex, reportedBy: 2, of: 3, missingFrom: ["tabloid"] },
    );
    const tourists = comparison.sentences["tabloid"]!.find((s) => s.text.includes("Tourists fled"))!.index;
    assert.deepEqual(
      comparison.only["tabloid"]!.find((o) => o.index === tourists),
      { index: tourists, reportedBy: 1, of: 3, missingFrom: ["wire", "broadcaster"] },
    );
    // Claims every account reports are nobody's omission.
    const mourning = comparison.sentences["wire"]!.find((s) => s.text.includes("national mourning"))!.index;
    assert.equal(comparison.only["wire"]!.some((o) => o.index === mourning), false);
  });
});
