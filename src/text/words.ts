/** Word tokens with their offsets, the unit every comparison step works on. */
export interface WordToken {
  /** As printed, e.g. "Russia’s". */
  text: string;
  /** Without a possessive ending: "Russia". */
  base: string;
  /** `base` in lower case with straight apostrophes: the form looked up in word lists. */
  lower: string;
  /** Starts with a capital letter. */
  capitalised: boolean;
  start: number;
  end: number;
}

/**
 * Character classes, looked up once per code unit seen: a table scan is several times faster than
 * a Unicode-property regular expression, and tokenising is the innermost loop of a comparison.
 */
const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
const UNKNOWN = 3;
const classes = new Uint8Array(0x10000).fill(UNKNOWN);
const astralClasses = new Map<number, number>();
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const NUMBER = /^\p{N}$/u;

function classify(ch: string): number {
  return LETTER_OR_MARK.test(ch) ? LETTER : NUMBER.test(ch) ? DIGIT : OTHER;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (isHighSurrogate(code)) {
    const point = text.codePointAt(i)!;
    let known = astralClasses.get(point);
    if (known === undefined) {
      known = classify(String.fromCodePoint(point));
      astralClasses.set(point, known);
    }
    return known;
  }
  let known = classes[code]!;
  if (known === UNKNOWN) {
    known = classify(String.fromCharCode(code));
    classes[code] = known;
  }
  return known;
}

/** Whether the character at `i` is a letter, mark or digit (false past the end). */
export function isWordCharAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && classAt(text, i) !== OTHER;
}

function widthAt(text: string, i: number): number {
  return isHighSurrogate(text.charCodeAt(i)) && i + 1 < text.length ? 2 : 1;
}

function isUpperAt(text: string, i: number): boolean {
  const ch = text[i]!;
  return classAt(text, i) === LETTER && ch !== ch.toLowerCase();
}

const PERIOD = 46;
const LETTER_S = 115;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
/** Apostrophes and hyphens join letter runs: "they’re", "Jong-Un". */
const JOINERS = new Set([APOSTROPHE, RIGHT_QUOTE, 0x2010, 0x2011, 45]);

/** Where the word starting at `start` (a letter) ends: a dotted acronym (U.S., D.P.R.K.) or letter runs joined by apostrophes and hyphens. */
function wordEnd(text: string, start: number): number {
  let i = start;
  if (text.charCodeAt(i + 1) === PERIOD && isUpperAt(text, i)) {
    while (i + 1 < text.length && isUpperAt(text, i) && text.charCodeAt(i + 1) === PERIOD) i += 2;
    if (i - start >= 4) return i;
    i = start;
  }
  i += widthAt(text, i);
  for (;;) {
    while (i < text.length && classAt(text, i) !== OTHER) i += widthAt(text, i);
    if (!JOINERS.has(text.charCodeAt(i)) || !isWordCharAt(text, i + 1)) return i;
    i++;
  }
}

/** What a token's spelling decides, kept per distinct spelling. */
type Spelling = Omit<WordToken, "start" | "end">;

/**
 * Every spelling met so far, so a word is lower-cased once per process and every token of it carries
 * the same strings: each later lookup of its forms in a word list or cache reuses their hash.
 */
const spellings = new Map<string, Spelling>();

function spellingOf(word: string): Spelling {
  let known = spellings.get(word);
  if (known === undefined) {
    // "Russia’s" and "Russia's" are Russia.
    const last = word.length - 1;
    const possessive = last > 1 && word.charCodeAt(last) === LETTER_S && (word.charCodeAt(last - 1) === APOSTROPHE || word.charCodeAt(last - 1) === RIGHT_QUOTE);
    const base = possessive ? word.slice(0, -2) : word;
    const lower = base.toLowerCase();
    known = { text: word, base, lower: lower.includes("’") ? lower.replaceAll("’", "'") : lower, capitalised: word[0] !== lower[0] };
    spellings.set(word, known);
  }
  return known;
}

function token(text: string, start: number, end: number): WordToken {
  const { text: word, base, lower, capitalised } = spellingOf(text.slice(start, end));
  return { text: word, base, lower, capitalised, start, end };
}

export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let i = 0;
  while (i < text.length) {
    if (classAt(text, i) !== LETTER) {
      i += widthAt(text, i);
      continue;
    }
    const end = wordEnd(text, i);
    tokens.push(token(text, i, end));
    i = end;
  }
  return tokens;
}

/** Whether only spaces separate two tokens, so they can belong to one name ("Lloyd Austin", not "Austin, Lloyd"). */
export function adjacent(text: string, left: WordToken, right: WordToken): boolean {
  if (right.start <= left.end) return false;
  for (let i = left.end; i < right.start; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 0xa0) return false;
  }
  return true;
}

/** Index of the first token starting at or after `offset` (tokens.length if none), by binary search. */
export function tokenIndexAt(tokens: WordToken[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (tokens[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
