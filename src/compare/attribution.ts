import { lemmatiserFor } from "../text/lemma.ts";
import { wordTokens } from "../text/words.ts";
import type { AnalysedSentence } from "./document.ts";
import { findReportingCues, type ReportingCue } from "./reporting.ts";
import type { AccountAttribution, CertaintyLevel, Framing } from "./types.ts";

/**
 * How each account attributes what it reports: reporting verbs counted by certainty level, the
 * hedges it adds ("allegedly"), and the verb its headline frames the story with.
 */

const HEDGES = new Set([
  "allegedly", "reportedly", "purportedly", "supposedly", "apparently", "ostensibly", "so-called", "alleged", "purported",
  "mutmaßlich", "mutmaßliche", "mutmaßlichen", "angeblich", "angebliche", "angeblichen", "vermeintlich", "prétendument",
  "présumé", "présumée", "supposé",
]);

export function summariseAttribution(
  sentences: AnalysedSentence[],
  cuesBySentence: Map<AnalysedSentence, ReportingCue[]>,
  nameOf: (key: string) => string,
): AccountAttribution {
  const counts: Record<CertaintyLevel, number> = { high: 0, neutral: 0, low: 0, denial: 0 };
  const uses: AccountAttribution["uses"] = [];
  const hedges: AccountAttribution["hedges"] = [];
  for (const sentence of sentences) {
    for (const cue of cuesBySentence.get(sentence) ?? []) {
      counts[cue.level]++;
      uses.push({
        verb: cue.verb,
        lemma: cue.lemma,
        level: cue.level,
        source: cue.source ? nameOf(cue.source.key) : null,
        sentence: sentence.ref,
      });
    }
    const cueTokens = new Set((cuesBySentence.get(sentence) ?? []).map((c) => c.token));
    sentence.tokens.forEach((token, k) => {
      if (HEDGES.has(token.lower) && !cueTokens.has(k)) hedges.push({ word: token.text, sentence: sentence.ref });
    });
  }
  return { counts, uses, hedges };
}

/** The first reporting verb of the headline: "Pentagon believes…" → believes (low). */
export function headlineFraming(title: string, lang: string): Framing {
  const tokens = wordTokens(title);
  const lemma = lemmatiserFor(lang);
  const lemmas = tokens.map((t) => lemma(t.lower));
  const cue = findReportingCues(title, tokens, lemmas, [], lang, null, true)[0];
  return cue ? { verb: cue.verb, lemma: cue.lemma, level: cue.level } : { verb: null, lemma: null, level: null };
}
