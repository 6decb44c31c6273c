import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { describe, it } from "node:test";
import { compareAccounts } from "../../src/compare/index.ts";
import { loadBriefingAccount, readJson, SEED_GOLD_PATH } from "./accounts.ts";
import { goldFromSeedFile, scoreComparison } from "./gold-score.ts";

const BRIEFING = "north-korean-troops-in-russia";

// The reference lives in shared/ beside the repository (CI clones it there); without it, say so.
const skip = existsSync(SEED_GOLD_PATH) ? false : `the hand-labelled reference is not beside the repository (looked for ${SEED_GOLD_PATH})`;

describe("the sample briefing against its hand-labelled reference", { skip }, () => {
  const comparison = compareAccounts([loadBriefingAccount(BRIEFING, "rt"), loadBriefingAccount(BRIEFING, "fox-news")]);
  const score = skip ? undefined! : scoreComparison(comparison, goldFromSeedFile(readJson(SEED_GOLD_PATH)));

  it("aligns claims with precision and recall of at least 0.8", () => {
    assert.ok(score.precision >= 0.8, `precision ${score.precision}; unexpected: ${JSON.stringify(score.unexpected)}`);
    assert.ok(score.recall >= 0.8, `recall ${score.recall}; missed: ${JSON.stringify(score.missed)}`);
  });

  it("explains the hard matches with metonyms and synonyms", () => {
    const terms = comparison.pairs.flatMap((p) => p.terms);
    assert.ok(terms.some((t) => t.includes("Pyongyang") && t.includes("North Korea")), terms.join(" | "));
    assert.ok(terms.some((t) => t.includes("rejected") && t.includes("denied")), terms.join(" | "));
  });

  it("pairs every labelled quotation, under its speaker", () => {
    assert.deepEqual(score.quotesPaired, { found: 2, total: 2 });
    assert.deepEqual(score.quotesWithSpeaker, { found: 2, total: 2 });
  });

  it("finds both figures, in Fox News only, and none in RT", () => {
    assert.deepEqual(score.numbersFound, { found: 2, total: 2 });
    assert.deepEqual(score.numbersExclusive, { found: 2, total: 2 });
    assert.equal(score.numbersUnexpected, 0);
    assert.deepEqual(comparison.figures.byAccount["rt"], []);
  });

  it("reads the headlines' framing verbs", () => {
    assert.deepEqual(score.framingFound, { found: 2, total: 2 });
    assert.equal(comparison.framing["rt"]!.level, "low");
    assert.equal(comparison.framing["fox-news"]!.level, "high");
  });

  it("leaves sentences only one outlet reports mostly unmatched", () => {
    assert.ok(score.onlyInUnmatched.found >= score.onlyInUnmatched.total - 1, JSON.stringify(score.onlyInUnmatched));
  });

  it("finds the labelled attribution verbs", () => {
    assert.deepEqual(score.attributionVerbsFound, { found: 11, total: 11 });
  });
});
