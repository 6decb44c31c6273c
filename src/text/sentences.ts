import { continuesAfter } from "./abbreviations.ts";
import { isMonthName } from "./calendar.ts";
import { baseLanguage } from "./language.ts";
import { findQuoteSpans, type QuoteSpan } from "./quote-marks.ts";
import { isStopWord } from "./stopwords.ts";

export interface SentenceSpan {
  text: string;
  /** Offsets into the paragraph: `paragraph.slice(start, end) === text`. */
  start: number;
  end: number;
}

/** A quotation longer than this may hold several sentences of its own, so breaks inside it stay. */
const LONGEST_QUOTED_SENTENCE = 600;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(Intl.Segmenter.supportedLocalesOf(lang).length > 0 ? lang : "en", {
      granularity: "sentence",
    });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/**
 * V8's sentence segmenter slows down with the length of the string it walks (about 1 s for 100,000
 * characters, 13 ms for the same text in short pieces), so long paragraphs are cut into pieces at
 * likely sentence ends first; each cut is then judged like any break ICU proposes.
 */
const ICU_PIECE = 1000;
const LIKELY_SENTENCE_END = /[.!?…][”"’»)\]]*\s+(?=\S)/gu;
const WHITESPACE_RUN = /\s+(?=\S)/gu;

/** Where to end the piece starting at `from`: after the last likely sentence end, else the last space (a cut to judge), else anywhere (no break). */
function pieceEnd(text: string, from: number): { end: number; candidate: boolean } {
  const limit = from + ICU_PIECE;
  if (limit >= text.length) return { end: text.length, candidate: false };
  const window = text.slice(from, limit);
  for (const pattern of [LIKELY_SENTENCE_END, WHITESPACE_RUN]) {
    let end = -1;
    for (const match of window.matchAll(pattern)) end = match.index + match[0].length;
    if (end > 0) return { end: from + end, candidate: true };
  }
  return { end: limit, candidate: false };
}

/** Where ICU may end a sentence (UAX #29, SB4 and SB8–SB11): after a terminator or a paragraph separator. */
const TERMINATOR_OR_SEPARATOR = /[\p{Sentence_Terminal}\n\r\u0085\u2028\u2029]/u;
/** A paragraph's last sentence end: terminators, then closing punctuation and spaces, with nothing after that could start a sentence. */
const FINAL_END = /^\p{Sentence_Terminal}+[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"'«»]*[^\S\n\r\u0085\u2028\u2029]*$/u;

/** Whether ICU could break `paragraph` anywhere: not when it has no sentence end but its last. */
export function icuMayBreak(paragraph: string): boolean {
  const first = paragraph.search(TERMINATOR_OR_SEPARATOR);
  return first >= 0 && !FINAL_END.test(paragraph.slice(first));
}

function icuBreaks(paragraph: string, lang: string): number[] {
  // A paragraph of one sentence gives ICU nothing to decide; skipping it saves the costliest part of splitting.
  if (!icuMayBreak(paragraph)) return [];
  const segmenter = segmenterFor(lang);
  const breaks: number[] = [];
  for (let from = 0, cutHere = false; from < paragraph.length; ) {
    const { end, candidate } = pieceEnd(paragraph, from);
    if (cutHere) breaks.push(from);
    for (const { index } of segmenter.segment(paragraph.slice(from, end))) if (index > 0) breaks.push(from + index);
    from = end;
    cutHere = candidate;
  }
  return breaks;
}

/** The last whitespace-delimited word before `end`, without its final period, if it has one. */
const WORD_BEFORE_PERIOD = /(?:^|[\s(\[“"‘'„«‹])([\p{L}\p{N}][\p{L}\p{N}.'’-]*)\.$/u;
/** What the next sentence starts with, past spaces, quotes and brackets. */
const NEXT_START = /^[\s"“”„‘’'«»‹›(\[]*(\S)(\S*)/u;
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;
const DAY_OF_MONTH = /^\d{1,2}$/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;
const UPPER = /\p{Lu}/u;
const TERMINAL = /[.!?…]/u;

/** Why ICU's break before `rest` is wrong: an abbreviation, an initial, a date ("3. Oktober") or a lower-case continuation. */
function isFalseBreak(before: string, rest: string, lang: string): boolean {
  const next = NEXT_START.exec(rest);
  if (!next) return false;
  const first = next[1]!;
  if (LOWER.test(first)) return true;
  const word = WORD_BEFORE_PERIOD.exec(before.trimEnd())?.[1];
  if (word === undefined) return false;
  const nextWord = (first + next[2]!).replace(/[^\p{L}\p{N}].*$/u, "");
  if (continuesAfter(word, lang, DIGIT.test(first))) return true;
  if (DAY_OF_MONTH.test(word)) return isMonthName(nextWord.toLowerCase());
  // "U.S. Army", "J. R. R. Tolkien": go on unless the next word opens a sentence ("U.S. The move…").
  return INITIALS.test(word) && !isStopWord(nextWord.toLowerCase(), lang);
}

/** A quotation ending in . ! ? … followed by a capital ends its sentence too (« Nous viendrons. » Puis…). */
function breaksAfterQuotes(paragraph: string, spans: QuoteSpan[]): number[] {
  const breaks: number[] = [];
  for (const { open, close } of spans) {
    const quoted = paragraph.slice(open + 1, close).trimEnd();
    if (!TERMINAL.test(quoted.at(-1) ?? "")) continue;
    const after = /^\s+(\S)/u.exec(paragraph.slice(close + 1, close + 8));
    if (after && (UPPER.test(after[1]!) || after[1] === "“" || after[1] === "„")) {
      breaks.push(close + 1 + after[0].length - 1);
    }
  }
  return breaks;
}

function insideLongQuote(at: number, spans: QuoteSpan[]): boolean {
  return spans.some((s) => s.open < at && at <= s.close && s.close - s.open <= LONGEST_QUOTED_SENTENCE);
}

/**
 * Splits a paragraph into sentences with Intl.Segmenter, then repairs its known mistakes:
 * abbreviations and initials, day-of-month periods, lower-case continuations after "…",
 * breaks inside a quotation, and a quotation closing after its own full stop.
 */
export function splitSentences(paragraph: string, lang: string): SentenceSpan[] {
  const language = baseLanguage(lang);
  const spans = findQuoteSpans(paragraph);
  const breaks = new Set<number>();
  let previous = 0;
  for (const at of icuBreaks(paragraph, language)) {
    const before = paragraph.slice(Math.max(previous, at - 40), at);
    if (insideLongQuote(at, spans) || isFalseBreak(before, paragraph.slice(at, at + 40), language)) {
      continue;
    }
    breaks.add(at);
    previous = at;
  }
  for (const at of breaksAfterQuotes(paragraph, spans)) if (!insideLongQuote(at, spans)) breaks.add(at);

  const sentences: SentenceSpan[] = [];
  const cuts = [0, ...[...breaks].sort((x, y) => x - y), paragraph.length];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const piece = paragraph.slice(cuts[i], cuts[i + 1]);
    const text = piece.trim();
    if (text === "") continue;
    const start = cuts[i]! + piece.length - piece.trimStart().length;
    sentences.push({ text, start, end: start + text.length });
  }
  return sentences;
}
