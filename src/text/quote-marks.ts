/**
 * Finds quotations by pairing opening and closing marks. Shared by the sentence splitter (no
 * sentence break inside a quotation) and quote extraction, so both agree on what a quotation is.
 */

import { isWordCharAt } from "./words.ts";

/** A quotation: `open` and `close` are the indexes of its two marks in the text. */
export interface QuoteSpan {
  open: number;
  close: number;
}

/** Opening mark → the marks that may close it (German „…“ and „…” both occur). */
const CLOSERS: Readonly<Record<string, string>> = {
  "“": "”",
  "„": "“”",
  "«": "»",
  "»": "«",
  "‹": "›",
  "›": "‹",
  "‘": "’",
  "‚": "‘’",
  '"': '"',
  "「": "」",
  "『": "』",
};

const OPENING_MARK = /["“„«»‹›‘‚「『]/gu;
const SPACE = /\s/u;

/**
 * Marks that double as something else (apostrophes, straight quotes, reversed guillemets) only
 * open a quotation where the next character starts a word and the previous one does not continue one.
 */
function canOpen(text: string, at: number): boolean {
  const mark = text[at];
  const next = text[at + 1];
  if (next === undefined || SPACE.test(next)) return mark === "«" || mark === "‹"; // French: « Nous…
  if (mark === "‘" || mark === '"' || mark === "»" || mark === "›") return !isWordCharAt(text, at - 1);
  return true;
}

/** A right single quote inside a word is an apostrophe (they’re); a straight quote after a space opens rather than closes. */
function canClose(text: string, at: number): boolean {
  const mark = text[at];
  if (mark === "’") return !isWordCharAt(text, at + 1);
  if (mark === '"') return !SPACE.test(text[at - 1] ?? " ");
  return true;
}

/** The first mark after `from` that closes a quotation opened with one of `closers`, or -1. */
function findCloser(text: string, from: number, closers: string): number {
  let first = -1;
  for (const closer of closers) {
    let at = text.indexOf(closer, from);
    while (at >= 0 && !canClose(text, at)) at = text.indexOf(closer, at + 1);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}

/** Top-level quotations in reading order; nested quotations are part of their outer one. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  // Once an opener finds no closer, no later opener of that kind will: remember, to stay linear.
  const exhausted = new Set<string>();
  OPENING_MARK.lastIndex = 0;
  for (let match = OPENING_MARK.exec(text); match; match = OPENING_MARK.exec(text)) {
    const mark = match[0];
    if (exhausted.has(mark) || !canOpen(text, match.index)) continue;
    const close = findCloser(text, match.index + 1, CLOSERS[mark]!);
    if (close < 0) {
      exhausted.add(mark);
      continue;
    }
    spans.push({ open: match.index, close });
    OPENING_MARK.lastIndex = close + 1;
  }
  return spans;
}
