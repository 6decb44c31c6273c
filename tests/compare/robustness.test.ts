import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compareAccounts } from "../../src/compare/index.ts";
import { account } from "./accounts.ts";

/** Deterministic noise: letters, digits, every quotation mark, emoji, flags, RTL and CJK text, newlines. */
function garbage(length: number): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?\"'“”„«»‹›‘’-—…()[]%$€#@/\\\n\t😀🇩🇪עבריתعربي中文 ";
  const chars = [...alphabet];
  let state = 1;
  let text = "";
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += chars[state % chars.length];
  }
  return text;
}

describe("robustness", () => {
  it("compares nothing, one account, and accounts without text", () => {
    assert.deepEqual(compareAccounts([]).pairs, []);
    const one = compareAccounts([account("a", ["Russia denied it. Kyiv said 3,000 troops came."])]);
    assert.deepEqual(one.pairs, []);
    assert.deepEqual(one.only, { a: [] });
    assert.equal(one.sentences["a"]!.length, 2);
    const empty = compareAccounts([account("a", []), account("b", ["", "   ", "\n\n"])]);
    assert.deepEqual(empty.sentences, { a: [], b: [] });
    assert.deepEqual(empty.claims, []);
  });

  it("survives 100,000 characters of garbage", () => {
    const noise = garbage(100_000);
    const comparison = compareAccounts([account("a", [noise], "xx-invalid", "“"), account("b", [noise.slice(7_000, 40_000)], "")]);
    assert.ok(comparison.sentences["a"]!.length > 0);
    assert.doesNotThrow(() => JSON.stringify(comparison));
  });

  it("handles emoji, right-to-left text and scripts without word spaces", () => {
    const comparison = compareAccounts([
      account("he", ["שלום עולם. זה מבחן “ציטוט” עם 3,000 חיילים.", "😀😀😀 🇺🇸 only emoji", ""], "he", "שלום 😀"),
      account("ar", ["مرحبا بالعالم. هذا اختبار «اقتباس» مع 3000 جندي."], "ar", "مرحبا"),
      account("zh", ["北京表示，三千名士兵已经抵达。"], "zh"),
    ]);
    assert.deepEqual(
      comparison.quotes.byAccount["he"]!.map((q) => q.text),
      ["ציטוט"],
    );
    assert.deepEqual(
      comparison.figures.byAccount["ar"]!.map((f) => f.normalised),
      [3000],
    );
    assert.equal(comparison.sentences["zh"]!.length, 1);
  });

  it("rejects duplicate account ids, which would make sentence references ambiguous", () => {
    assert.throws(() => compareAccounts([account("a", ["One."]), account("a", ["Two."])]), TypeError);
  });
});
