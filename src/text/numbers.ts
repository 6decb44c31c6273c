import { adjacent, wordTokens, type WordToken } from "./words.ts";

/**
 * Numbers as printed, with their value: "3,000" = "3.000" (de) = "3 000" = "3k" = "three thousand";
 * "1.5 million", "2,5 Mio.", "dreitausend", "quatre-vingts". What they count is figures' business.
 */
export interface NumberMatch {
  start: number;
  end: number;
  printed: string;
  value: number;
  /** Written in words ("three thousand"), which is also how English writes "one" or "two" meaning "a". */
  spelled: boolean;
}

/** Languages that write 3.000,5 rather than 3,000.5. */
const DECIMAL_COMMA = new Set([
  "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "tr", "da", "sv", "nb", "no", "fi", "cs", "sk", "sl", "hr",
  "sr", "bg", "ro", "hu", "el", "uk", "lt", "lv", "et", "id", "ca", "gl", "eu",
]);

const SCALES: ReadonlyMap<string, number> = new Map(Object.entries({
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  hundert: 1e2, tausend: 1e3, millionen: 1e6, mio: 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9,
  cent: 1e2, cents: 1e2, mille: 1e3, millions: 1e6, milliard: 1e9, milliards: 1e9,
  cien: 1e2, ciento: 1e2, mil: 1e3, millón: 1e6, millones: 1e6,
}));

const UNITS: ReadonlyMap<string, number> = new Map(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12,
  eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11,
  zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
  zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
  deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40,
  cinquante: 50, soixante: 60, "quatre-vingt": 80, "quatre-vingts": 80,
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, veinte: 20,
  treinta: 30, cuarenta: 40, cincuenta: 50,
}));

/** Articles that stand for "one" only before a scale word: "a million", "eine Million", "un million". */
const ONE_BEFORE_SCALE = new Set(["a", "an", "ein", "eine", "un", "une", "uno", "una"]);
const JOINERS = new Set(["and", "und", "et", "y"]);

/** "two hundred and fifty", "vingt et un" join; "two and three" are two numbers. */
function joins(previous: number[] | undefined, next: number[] | undefined): boolean {
  const before = previous?.at(-1);
  const after = next?.[0];
  return before !== undefined && after !== undefined && before >= 20 && after < before;
}

/** Digits with thousands groups (comma, period, space, thin space) and decimals, then k/bn or a scale word. */
const DIGITS =
  /(?<![\p{L}\p{N}.,‐-])(\d{1,3}(?:[,.\u00A0\u202F\u2009 ]\d{3})+(?!\d)(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?:\s?(k|K|bn|mn|m)(?![\p{L}\p{N}]))?(?:[ \u00A0]+(hundred|thousand|million|billion|trillion|[Tt]ausend|Millionen|Million|Mio\.|Milliarden?|Mrd\.|mille|millions?|milliards?|mil|millones|millón)(?![\p{L}]))?/gu;

/** `word` in lower case; "mio." and "mrd." carry their period. */
function scaleOf(word: string): number | undefined {
  return SCALES.get(word.endsWith(".") ? word.slice(0, -1) : word);
}

/** Languages that write numbers as one word: "dreitausendfünfhundert". */
const COMPOUNDING = new Set(["de", "nl", "da", "sv", "nb", "no"]);

/** Reads the digit part by the separators' shape first and the language only when ambiguous ("3.000", "3,000"). */
export function parseDigits(printed: string, lang: string): number {
  const compact = printed.replace(/[\u00A0\u202F\u2009 ]/gu, "");
  const commas = compact.split(",").length - 1;
  const periods = compact.split(".").length - 1;
  let decimal: "," | "." | null;
  if (commas > 0 && periods > 0) decimal = compact.lastIndexOf(",") > compact.lastIndexOf(".") ? "," : ".";
  else if (commas + periods === 0) decimal = null;
  else {
    const sep = commas > 0 ? "," : ".";
    const afterLast = compact.length - compact.lastIndexOf(sep) - 1;
    if (commas + periods > 1) decimal = null;
    else if (afterLast !== 3) decimal = sep;
    else decimal = DECIMAL_COMMA.has(lang) === (sep === ",") ? sep : null;
  }
  const thousands = decimal === "," ? /\./gu : /,/gu;
  const normal = (decimal === null ? compact.replace(/[.,]/gu, "") : compact.replace(thousands, "")).replace(",", ".");
  return Number(normal);
}

/** Floating point noise from 1.1 × 10⁶ and the like, which would split equal figures. */
function tidy(value: number): number {
  return Number.isInteger(value) ? value : Number(value.toPrecision(12));
}

function digitNumbers(text: string, lang: string): NumberMatch[] {
  const found: NumberMatch[] = [];
  // Most sentences hold no digit; the pattern's lookbehind would otherwise be tried at every position.
  if (!/\d/.test(text)) return found;
  for (const match of text.matchAll(DIGITS)) {
    let value = parseDigits(match[1]!, lang);
    const suffix = match[2];
    if (suffix === "k" || suffix === "K") value *= 1e3;
    else if (suffix === "bn") value *= 1e9;
    // "10m" is ten metres unless money: "$10m".
    else if (suffix === "mn" || (suffix === "m" && /[$€£¥]\s?$/u.test(text.slice(0, match.index)))) value *= 1e6;
    const end = suffix === "m" && value < 1e6 ? match.index + match[1]!.length : match.index + match[0].length;
    if (match[3] !== undefined) value *= scaleOf(match[3].toLowerCase()) ?? 1;
    found.push({ start: match.index, end, printed: text.slice(match.index, end), value: tidy(value), spelled: false });
  }
  return found;
}

/** Longer words are not number compounds; the bound also keeps garbage input linear. */
const LONGEST_COMPOUND = 40;

/** The value of one word, or in compounding languages of a compound such as "dreitausendfünfhundert". */
function wordParts(word: string, compounding: boolean): number[] | undefined {
  const whole = UNITS.get(word) ?? scaleOf(word);
  if (whole !== undefined) return [whole];
  if (word.includes("-")) {
    const parts = word.split("-").map((part) => UNITS.get(part) ?? scaleOf(part));
    return parts.every((p) => p !== undefined) ? (parts as number[]) : undefined;
  }
  if (!compounding || word.length > LONGEST_COMPOUND) return undefined;
  for (let cut = word.length - 1; cut >= 2; cut--) {
    const head = UNITS.get(word.slice(0, cut)) ?? scaleOf(word.slice(0, cut));
    if (head === undefined) continue;
    const rest = word.slice(cut);
    const tail = wordParts(rest.startsWith("und") ? rest.slice(3) : rest, true);
    if (tail) return [head, ...tail];
  }
  return undefined;
}

/** Adds units and tens, multiplies by scales: "two hundred and fifty thousand" = 250,000. */
function combine(parts: number[]): number {
  let total = 0;
  let current = 0;
  for (const part of parts) {
    if (part === 100) current = (current || 1) * 100;
    else if (part >= 1000) {
      total += (current || 1) * part;
      current = 0;
    } else current += part;
  }
  return total + current;
}

function spelledNumbers(text: string, tokens: WordToken[], lang: string): NumberMatch[] {
  const compounding = COMPOUNDING.has(lang);
  const found: NumberMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    const firstParts = wordParts(first.lower, compounding);
    const article = !firstParts && ONE_BEFORE_SCALE.has(first.lower) && (scaleOf(tokens[i + 1]?.lower ?? "") ?? 0) >= 100;
    if (!firstParts && !article) continue;
    const run: { token: WordToken; parts: number[] }[] = [{ token: first, parts: firstParts ?? [1] }];
    let j = i + 1;
    for (; j < tokens.length; j++) {
      const token = tokens[j]!;
      // "twenty-five, two hundred" are two numbers.
      if (!adjacent(text, tokens[j - 1]!, token)) break;
      const parts = wordParts(token.lower, compounding);
      if (parts) run.push({ token, parts });
      else if (!JOINERS.has(token.lower) || !joins(run.at(-1)?.parts, tokens[j + 1] ? wordParts(tokens[j + 1]!.lower, compounding) : undefined)) break;
    }
    // A bare scale word ("millions of") is vague, not a figure; "a" alone is no number.
    if (run.length === 1 && (article || run[0]!.parts.every((p) => p >= 100))) continue;
    const start = first.start;
    const end = run.at(-1)!.token.end;
    found.push({ start, end, printed: text.slice(start, end), value: combine(run.flatMap((r) => r.parts)), spelled: true });
    i = j - 1;
  }
  return found;
}

/** All numbers in `text`, in reading order; `lang` a base language; `tokens` the text's words, if already split. */
export function findNumbers(text: string, lang: string, tokens: WordToken[] = wordTokens(text)): NumberMatch[] {
  const digits = digitNumbers(text, lang);
  const spelled = spelledNumbers(text, tokens, lang).filter((s) => !digits.some((d) => s.start < d.end && d.start < s.end));
  return [...digits, ...spelled].sort((a, b) => a.start - b.start);
}
