import { createRequire } from "node:module";
import { lemmatise } from "../text/lemma.ts";
import { wordTokens, type WordToken } from "../text/words.ts";

/**
 * The curated synonym sets of synonyms.json: reporting, denial, military, political, disaster and
 * economic vocabulary that outlets swap for each other ("rejected" ≈ "denied", "troops" ≈ "service
 * members"). A set is a concept with words per language, so "troops" and "Soldaten" share a key too.
 */

export interface SynonymMatch {
  /** Shared by every member of the set. */
  key: string;
  /** How many tokens the matched entry spans ("service member" is two). */
  length: number;
}

interface Entry {
  lemmas: string[];
  key: string;
  /** Joins its set only as an inflected verb: "stated", not "the state". */
  verbOnly: boolean;
}

const VERB_ONLY = "v:";

const require = createRequire(import.meta.url);
const indexes = new Map<string, Map<string, Entry[]>>();

function buildIndex(lang: string): Map<string, Entry[]> {
  const data = require("./synonyms.json") as { concepts: ({ concept: string } & Record<string, string[]>)[] };
  const byFirst = new Map<string, Entry[]>();
  for (const set of data.concepts) {
    const key = `~${set.concept}`;
    for (const word of set[lang] ?? []) {
      const lemmas = wordTokens(word.replace(VERB_ONLY, "")).map((t) => lemmatise(t.lower, lang));
      if (lemmas.length === 0) continue;
      const entries = byFirst.get(lemmas[0]!) ?? [];
      entries.push({ lemmas, key, verbOnly: word.startsWith(VERB_ONLY) });
      byFirst.set(lemmas[0]!, entries);
    }
  }
  for (const entries of byFirst.values()) entries.sort((a, b) => b.lemmas.length - a.lemmas.length);
  return byFirst;
}

function isInflectedVerb(token: WordToken, lemma: string): boolean {
  return token.lower !== lemma && !token.lower.endsWith("s");
}

/** The longest synonym entry starting at token `at`, if any; `lemmas[i]` is the lemma of `tokens[i]`. */
export function matchSynonym(tokens: WordToken[], lemmas: string[], at: number, lang: string): SynonymMatch | undefined {
  let index = indexes.get(lang);
  if (!index) {
    index = buildIndex(lang);
    indexes.set(lang, index);
  }
  for (const entry of index.get(lemmas[at]!) ?? []) {
    if (!entry.lemmas.every((lemma, k) => lemmas[at + k] === lemma)) continue;
    if (entry.verbOnly && !isInflectedVerb(tokens[at]!, lemmas[at]!)) continue;
    return { key: entry.key, length: entry.lemmas.length };
  }
  return undefined;
}
