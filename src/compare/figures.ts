import { isMonthName } from "../text/calendar.ts";
import { findNumbers, type NumberMatch } from "../text/numbers.ts";
import { isStopWord } from "../text/stopwords.ts";
import { tokenIndexAt, type WordToken } from "../text/words.ts";
import type { AnalysedAccount, AnalysedSentence } from "./document.ts";
import { byText } from "./order.ts";
import { matchSynonym } from "./synonyms.ts";
import type { Figure, FigureGroup } from "./types.ts";

/**
 * Numbers that count something ("3,000 troops", "12%", "$1.5 billion"), normalised so accounts that
 * print them differently still agree. Years, dates, times, ordinals and time spans ("the past two
 * years") say when, not how many, and are left out.
 */

export interface FoundFigure {
  figure: Figure;
  /** What groups figures across accounts: the counted word's synonym set or lemma. */
  countedKey: string;
}

const PERCENT = /^[ \u00A0]?(%|percentage points?\b|per ?cent\b|Prozent\b|Prozentpunkte\b|pour ?cent\b|por ciento\b)/u;
const CURRENCY_BEFORE = /(US\$|\$|€|£|¥|USD|EUR|GBP)[ \u00A0]?$/u;
const HYPHEN_UNIT = /^[‐-](\p{L}+)/u;
/** Dates (10/23, 23.10.2024), times (10:30, 9 a.m., 14 Uhr) and ordinals (23rd, 3e). */
const DATE_OR_TIME_AFTER = /^(?:[/:.]\d|[ \u00A0]?(?:a\.m\.|p\.m\.|am\b|pm\b|Uhr\b|h\b|GMT\b|UTC\b)|(?:st|nd|rd|th|er|e|ème|º|ª)\b)/u;
const DATE_BEFORE = /[/:]$/u;
const IDENTIFIER_BEFORE = /(?:\b(?:No|Nr|Number|number|nos?)\.?|#)[ \u00A0]?$/u;
const YEAR = /^\d{4}$/u;
const EARLIEST_YEAR = 1800;
const LATEST_YEAR = 2100;

/** Words between a number and what it counts: "3,000 more troops", "10.000 weitere Soldaten". */
const MODIFIERS = new Set([
  "more", "additional", "other", "new", "extra", "further", "fewer", "some", "about", "around", "nearly", "almost",
  "weitere", "weiteren", "zusätzliche", "neue", "mehr", "rund", "autres", "nouveaux", "nouvelles", "supplémentaires",
]);
const MAGNITUDE_WORDS = new Set(["magnitude", "stärke", "magnitud"]);
/** "the past two years": a span of time, said like a date. */
const RELATIVE_TIME = new Set(["past", "last", "next", "previous", "coming", "recent", "following", "vergangenen", "letzten", "nächsten", "derniers", "dernières", "prochains"]);
const TIME_UNITS = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|Sekunden?|Minuten?|Stunden?|Tagen?|Tage|Wochen?|Monaten?|Monate|Jahren?|Jahre|Jahrzehnten?|jours?|semaines?|mois|ans|années?)$/u;
/** How far a counted noun may follow its number, in tokens. */
const COUNTED_WITHIN = 4;
const CONTEXT_WORDS = 6;

/** The words around a number: the last one ending before it and the first one starting after it. */
interface Around {
  before: number;
  after: number;
}

function around(tokens: WordToken[], n: NumberMatch): Around {
  let before = tokenIndexAt(tokens, n.start) - 1;
  while (before >= 0 && tokens[before]!.end > n.start) before--;
  return { before, after: tokenIndexAt(tokens, n.end) };
}

/** English capitalises months, and "may" or "march" in lower case are verbs. */
function isMonth(token: WordToken, lang: string): boolean {
  return isMonthName(token.lower) && (lang !== "en" || token.capitalised);
}

/** What may stand between a day and its month: "23 October", "Oct. 23", "23. Oktober". */
function isDateGap(gap: string): boolean {
  return gap.length <= 3 && /^[ \u00A0.,]*$/u.test(gap);
}

function isDate(sentence: AnalysedSentence, n: NumberMatch, { before: b, after: a }: Around, lang: string): boolean {
  const { text, tokens } = sentence;
  if (!n.spelled && YEAR.test(n.printed) && n.value >= EARLIEST_YEAR && n.value <= LATEST_YEAR) return true;
  if (DATE_OR_TIME_AFTER.test(text.slice(n.end, n.end + 8)) || DATE_BEFORE.test(text.slice(Math.max(0, n.start - 1), n.start))) return true;
  const before = tokens[b];
  const after = tokens[a];
  return (
    (before !== undefined && isDateGap(text.slice(before.end, n.start)) && isMonth(before, lang)) ||
    (after !== undefined && isDateGap(text.slice(n.end, after.start)) && isMonth(after, lang))
  );
}

/** The token index of the noun the number counts, if one follows in the same clause. */
function countedToken(sentence: AnalysedSentence, n: NumberMatch, after: number, lang: string): number | undefined {
  const { tokens, text, places } = sentence;
  let k = after;
  if (k >= tokens.length || !/^[ \u00A0]*$/u.test(text.slice(n.end, tokens[k]!.start))) return undefined;
  for (let seen = 0; k < tokens.length && seen < COUNTED_WITHIN; k++, seen++) {
    const token = tokens[k]!;
    if (seen > 0 && !/^[ \u00A0‐-]*$/u.test(text.slice(tokens[k - 1]!.end, token.start))) return undefined;
    const isDemonym = places.some((p) => p.first <= k && k <= p.last);
    if (isDemonym || MODIFIERS.has(token.lower)) continue;
    // German capitalises nouns, some of which its stop list holds ("Tage").
    return isStopWord(token.lower, lang) && !(lang === "de" && token.capitalised) ? undefined : k;
  }
  return undefined;
}

function contextOf(sentence: AnalysedSentence, n: NumberMatch, { before, after }: Around): string {
  const { tokens, text } = sentence;
  const start = before < 0 ? n.start : tokens[Math.max(0, before - CONTEXT_WORDS + 1)]!.start;
  const end = after >= tokens.length ? n.end : tokens[Math.min(tokens.length, after + CONTEXT_WORDS) - 1]!.end;
  return text.slice(start, end);
}

export function findFigures(sentence: AnalysedSentence, lang: string): FoundFigure[] {
  const { text, tokens, lemmas } = sentence;
  const found: FoundFigure[] = [];
  for (const n of findNumbers(text, lang, tokens)) {
    const near = around(tokens, n);
    if (isDate(sentence, n, near, lang) || IDENTIFIER_BEFORE.test(text.slice(Math.max(0, n.start - 8), n.start))) continue;
    const previous = tokens[near.before];
    let counted = "";
    let countedKey = "";
    const percent = PERCENT.exec(text.slice(n.end, n.end + 20));
    const currency = CURRENCY_BEFORE.exec(text.slice(Math.max(0, n.start - 5), n.start));
    const hyphenUnit = HYPHEN_UNIT.exec(text.slice(n.end, n.end + 30));
    if (percent) counted = countedKey = percent[1]!.startsWith("percentage") ? "percentage points" : "%";
    else if (currency) counted = countedKey = currency[1]!;
    else if (hyphenUnit) counted = countedKey = hyphenUnit[1]!.toLowerCase();
    else if (previous && MAGNITUDE_WORDS.has(previous.lower)) counted = countedKey = "magnitude";
    else {
      const k = countedToken(sentence, n, near.after, lang);
      if (k !== undefined) {
        const token = tokens[k]!;
        if (previous && RELATIVE_TIME.has(previous.lower) && TIME_UNITS.test(token.base)) continue;
        counted = token.base;
        countedKey = matchSynonym(tokens, lemmas, k, lang)?.key ?? lemmas[k]!;
      }
    }
    // Spelled-out numbers count only when they count something: "no one should", "between the two".
    if (n.spelled && counted === "") continue;
    found.push({
      figure: { value: n.printed, normalised: n.value, counted, context: contextOf(sentence, n, near), sentence: sentence.ref },
      countedKey,
    });
  }
  return found;
}

/**
 * Figures grouped across accounts by value and what they count. A bare number ("rose to 2,000")
 * joins the one group with its value, if there is exactly one.
 */
export function groupFigures(accounts: AnalysedAccount[], found: Map<string, FoundFigure[]>): FigureGroup[] {
  const counted = new Map<string, FigureGroup>();
  const bare = new Map<number, FigureGroup>();
  const join = (group: FigureGroup, { figure }: FoundFigure) => {
    if (!group.accounts.includes(figure.sentence.account)) group.accounts.push(figure.sentence.account);
    group.figures.push(figure.sentence);
  };
  const newGroup = ({ figure }: FoundFigure): FigureGroup => ({ normalised: figure.normalised, counted: figure.counted, accounts: [], figures: [] });
  const all = accounts.flatMap((account) => found.get(account.id) ?? []);
  for (const f of all.filter((f) => f.countedKey !== "")) {
    const key = `${f.figure.normalised} ${f.countedKey}`;
    const group = counted.get(key) ?? newGroup(f);
    counted.set(key, group);
    join(group, f);
  }
  for (const f of all.filter((f) => f.countedKey === "")) {
    const sameValue = [...counted.values()].filter((g) => g.normalised === f.figure.normalised);
    let group = sameValue.length === 1 ? sameValue[0]! : bare.get(f.figure.normalised);
    if (!group) {
      group = newGroup(f);
      bare.set(f.figure.normalised, group);
    }
    join(group, f);
  }
  return [...counted.values(), ...bare.values()].sort(
    (x, y) => y.accounts.length - x.accounts.length || x.normalised - y.normalised || byText(x.counted, y.counted),
  );
}
