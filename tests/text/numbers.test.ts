import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findNumbers, parseDigits } from "../../src/text/numbers.ts";

function values(text: string, lang = "en"): [string, number][] {
  return findNumbers(text, lang).map((n) => [n.printed, n.value]);
}

describe("findNumbers", () => {
  it("reads thousands separators by shape, and by language when ambiguous", () => {
    assert.equal(parseDigits("3,000", "en"), 3000);
    assert.equal(parseDigits("3.000", "de"), 3000);
    assert.equal(parseDigits("3 000", "fr"), 3000);
    assert.equal(parseDigits("3\u202f000", "fr"), 3000);
    assert.equal(parseDigits("1,234,567.5", "en"), 1234567.5);
    assert.equal(parseDigits("1.234.567,5", "de"), 1234567.5);
    assert.equal(parseDigits("2,5", "de"), 2.5);
    assert.equal(parseDigits("3.5", "en"), 3.5);
  });

  it("normalises the ways news writes the same number", () => {
    assert.deepEqual(values("some 3,000 troops"), [["3,000", 3000]]);
    assert.deepEqual(values("rund 3.000 Soldaten", "de"), [["3.000", 3000]]);
    assert.deepEqual(values("three thousand troops"), [["three thousand", 3000]]);
    assert.deepEqual(values("about 3 000 troops"), [["3 000", 3000]]);
    assert.deepEqual(values("a 3k crowd and 10k runners"), [["3k", 3000], ["10k", 10000]]);
    assert.deepEqual(values("1.5 million people"), [["1.5 million", 1_500_000]]);
    assert.deepEqual(values("2,5 Mio. Menschen", "de"), [["2,5 Mio.", 2_500_000]]);
    assert.deepEqual(values("dreitausend Verbindungen", "de"), [["dreitausend", 3000]]);
    assert.deepEqual(values("two hundred and fifty thousand people"), [["two hundred and fifty thousand", 250_000]]);
    assert.deepEqual(values("twenty-five, a million"), [["twenty-five", 25], ["a million", 1_000_000]]);
    assert.deepEqual(values("quatre-vingts soldats", "fr"), [["quatre-vingts", 80]]);
  });

  it("leaves out vague amounts and numbers inside names", () => {
    assert.deepEqual(values("millions of people"), []);
    assert.deepEqual(values("COVID-19 and the G7 summit"), []);
    assert.deepEqual(values("two and three"), [["two", 2], ["three", 3]]);
  });
});
