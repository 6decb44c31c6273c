/**
 * Abbreviations that end in a period without ending the sentence. Intl.Segmenter (ICU without
 * its suppression lists) breaks after every one of them. Lower case, without the final period.
 */

/** Titles and words that are always followed by more of the same sentence. */
const ALWAYS_CONTINUE_LISTS: Readonly<Record<string, readonly string[]>> = {
  en: [
    "mr", "mrs", "ms", "messrs", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "sgt", "capt",
    "cmdr", "adm", "rev", "hon", "pres", "supt", "det", "insp", "st", "mt", "ft", "jr", "sr", "vs", "v",
    "approx", "e.g", "i.e", "cf", "inc", "corp", "ltd", "co", "dept", "univ",
  ],
  de: [
    "dr", "prof", "hr", "fr", "nr", "bzw", "ca", "mio", "mrd", "z.b", "z", "u.a", "d.h", "v.a", "vgl", "evtl",
    "ggf", "inkl", "str", "st", "sog", "abs", "jh", "geb", "verh", "u", "d", "v", "s",
  ],
  fr: ["m", "mm", "mme", "mlle", "dr", "pr", "me", "mgr", "av", "bd", "env", "cf", "st", "ste", "p", "vol"],
  es: ["sr", "sra", "srta", "dr", "dra", "ud", "uds", "av", "pág", "núm", "ee.uu", "p.ej"],
};

/** Words that continue the sentence only before a number ("No. 10", "Oct. 23"). */
const CONTINUE_BEFORE_NUMBER = new Set([
  "no", "nos", "nr", "art", "p", "pp", "vol", "fig", "ch", "sec", "para",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

const ALWAYS_CONTINUE = new Map(Object.entries(ALWAYS_CONTINUE_LISTS).map(([lang, words]) => [lang, new Set(words)]));

export function continuesAfter(abbreviation: string, lang: string, nextIsNumber: boolean): boolean {
  const lower = abbreviation.toLowerCase();
  if (ALWAYS_CONTINUE.get(lang)?.has(lower) || ALWAYS_CONTINUE.get("en")!.has(lower)) return true;
  return nextIsNumber && CONTINUE_BEFORE_NUMBER.has(lower);
}
