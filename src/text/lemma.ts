import { createRequire } from "node:module";

/**
 * The dictionary form of a word, so "rejected", "rejects" and "reject" compare equal. English uses
 * wink-lemmatizer (WordNet's morphology and exception lists); other languages fall back to the
 * Snowball stemmers in @orama/stemmers. Both load on first use (wink takes ~150 ms) and results are
 * cached for the life of the process, since news vocabulary repeats.
 */

interface WinkLemmatizer {
  verb(word: string): string;
  noun(word: string): string;
  adjective(word: string): string;
}

/** Base language → @orama/stemmers entry point. */
const STEMMERS: Readonly<Record<string, string>> = {
  ar: "arabic", bg: "bulgarian", da: "danish", de: "german", el: "greek", es: "spanish", fi: "finnish",
  fr: "french", ga: "irish", hu: "hungarian", hy: "armenian", id: "indonesian", it: "italian", lt: "lithuanian",
  nb: "norwegian", ne: "nepali", nl: "dutch", no: "norwegian", pt: "portuguese", ro: "romanian", ru: "russian",
  sr: "serbian", sv: "swedish", ta: "tamil", tr: "turkish", uk: "ukrainian",
};

const require = createRequire(import.meta.url);
let wink: WinkLemmatizer | undefined;
const stemmers = new Map<string, (word: string) => string>();
const lemmatisers = new Map<string, (word: string) => string>();

function englishLemma(word: string): string {
  wink ??= require("wink-lemmatizer") as WinkLemmatizer;
  // Without part-of-speech tags, try the verb reading first: reporting and event verbs carry most claims.
  const verb = wink.verb(word);
  if (verb !== word) return verb;
  const noun = wink.noun(word);
  if (noun !== word) return noun;
  return wink.adjective(word);
}

function stemmerFor(lang: string): (word: string) => string {
  let stem = stemmers.get(lang);
  if (!stem) {
    const entry = STEMMERS[lang];
    stem = entry === undefined ? (word: string) => word : (require(`@orama/stemmers/${entry}`) as { stemmer: (w: string) => string }).stemmer;
    stemmers.set(lang, stem);
  }
  return stem;
}

/** The lemmatiser for `lang` (a base language: "en", "de"), taking lower-case words. */
export function lemmatiserFor(lang: string): (word: string) => string {
  let lemmatiser = lemmatisers.get(lang);
  if (!lemmatiser) {
    const known = new Map<string, string>();
    const compute = lang === "en" ? englishLemma : stemmerFor(lang);
    lemmatiser = (word) => {
      let lemma = known.get(word);
      if (lemma === undefined) {
        lemma = compute(word);
        known.set(word, lemma);
      }
      return lemma;
    };
    lemmatisers.set(lang, lemmatiser);
  }
  return lemmatiser;
}

export function lemmatise(word: string, lang: string): string {
  return lemmatiserFor(lang)(word);
}
