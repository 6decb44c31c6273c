import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { icuMayBreak, splitSentences } from "../../src/text/sentences.ts";

function texts(paragraph: string, lang = "en"): string[] {
  return splitSentences(paragraph, lang).map((s) => s.text);
}

describe("splitSentences", () => {
  it("keeps abbreviations, titles and initials inside their sentence", () => {
    assert.deepEqual(texts("The U.S. Army said no. It was Mr. Smith who left."), ["The U.S. Army said no.", "It was Mr. Smith who left."]);
    assert.deepEqual(texts("He met J. R. R. Tolkien in No. 10 Downing St. yesterday. Then he left."), [
      "He met J. R. R. Tolkien in No. 10 Downing St. yesterday.",
      "Then he left.",
    ]);
  });

  it("still ends a sentence on an acronym when a new sentence follows", () => {
    assert.deepEqual(texts("Sanctions were imposed by the U.S. The move angered Moscow."), [
      "Sanctions were imposed by the U.S.",
      "The move angered Moscow.",
    ]);
  });

  it("does not break after an ellipsis followed by lower case, and keeps a closing quote with its period", () => {
    assert.deepEqual(texts("“We see… we wait,” he said. “Stop.” Then he left."), ["“We see… we wait,” he said.", "“Stop.”", "Then he left."]);
  });

  it("keeps a quotation of several sentences in the sentence that attributes it", () => {
    assert.deepEqual(texts("“What exactly are they doing? Left to be seen. These are things to sort out,” Austin said. Next."), [
      "“What exactly are they doing? Left to be seen. These are things to sort out,” Austin said.",
      "Next.",
    ]);
  });

  it("handles German and French punctuation", () => {
    assert.deepEqual(texts("Er sagte: „Wir kommen.“ Dann ging er. Am 3. Oktober kam er, z. B. mit Dr. Müller.", "de"), [
      "Er sagte: „Wir kommen.“",
      "Dann ging er.",
      "Am 3. Oktober kam er, z. B. mit Dr. Müller.",
    ]);
    assert.deepEqual(texts("Il a dit : « Nous viendrons. » Puis il est parti. M. Macron a répondu.", "fr"), [
      "Il a dit : « Nous viendrons. »",
      "Puis il est parti.",
      "M. Macron a répondu.",
    ]);
  });

  it("does not break inside decimals and gives offsets that cover the paragraph except the spaces between", () => {
    const paragraph = "  Prices rose 3.5 per cent.   Inflation is at 2.1 per cent in Jan. 2024 figures.";
    const spans = splitSentences(paragraph, "en");
    assert.deepEqual(
      spans.map((s) => s.text),
      ["Prices rose 3.5 per cent.", "Inflation is at 2.1 per cent in Jan. 2024 figures."],
    );
    for (const span of spans) assert.equal(paragraph.slice(span.start, span.end), span.text);
    const gaps = [paragraph.slice(0, spans[0]!.start), paragraph.slice(spans[0]!.end, spans[1]!.start), paragraph.slice(spans[1]!.end)];
    for (const gap of gaps) assert.match(gap, /^\s*$/u);
  });

  it("returns nothing for blank text, one sentence without a full stop, and survives an unknown language", () => {
    assert.deepEqual(texts(""), []);
    assert.deepEqual(texts("   \n "), []);
    assert.deepEqual(texts("No terminal punctuation"), ["No terminal punctuation"]);
    assert.deepEqual(texts("One. Two.", "not a language tag!"), ["One.", "Two."]);
  });

  it("splits very long paragraphs in linear time", () => {
    const paragraph = "The minister said the talks would go on. ".repeat(2500);
    const started = performance.now();
    assert.equal(splitSentences(paragraph, "en").length, 2500);
    assert.ok(performance.now() - started < 5000);
  });

  it("asks ICU only about paragraphs it could break: any other gives ICU one segment", () => {
    const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
    const pieces = ["a", "B", "é", "1", " ", "\u00a0", ".", "!", "?", "。", "؟", "…", ",", "”", "“", "(", ")", '"', "'", "»", "\n", "\u2029", "Mr.", "U.S."];
    const paragraph = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 14 }).map((parts) => parts.join(""));
    fc.assert(fc.property(paragraph, (text) => icuMayBreak(text) || [...segmenter.segment(text)].length === 1), { numRuns: 20_000 });
    assert.equal(icuMayBreak("He left. She stayed."), true);
    assert.equal(icuMayBreak("He said it was over.” "), false);
  });
});
