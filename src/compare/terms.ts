import { isMonthName, isWeekdayName } from "../text/calendar.ts";
import { isStopWord } from "../text/stopwords.ts";
import type { ActorMention } from "./actors.ts";
import type { AnalysedSentence } from "./document.ts";
import type { FoundFigure } from "./figures.ts";
import type { ReportingCue } from "./reporting.ts";
import { matchSynonym } from "./synonyms.ts";

/**
 * The terms a sentence's claim is made of, keyed so that equivalent wordings share a key:
 * `@…` an actor (a government body as its country: "Pentagon" and "Washington" are `@US`),
 * `~…` a synonym set, `#…` a figure's value, otherwise a content word's lemma.
 */

export interface Term {
  /** As printed, for explaining a match. */
  surface: string;
  /** Whether the key says the surfaces are equivalent rather than the same word (shown as "a ≈ b"). */
  equivalence: boolean;
}

/** Words shorter than this are initials or debris, not content. */
const SHORTEST_TERM = 2;

/** The first surface of a key explains it. */
function addTerm(terms: Map<string, Term>, key: string, surface: string, equivalence: boolean): void {
  if (!terms.has(key)) terms.set(key, { surface, equivalence });
}

/**
 * The sentence's reporting verbs (`cues`) are left out unless they deny: "X said A" and "Y said B"
 * are not the same claim, but "X denied A" and "Y rejected A" are.
 */
export function sentenceTerms(
  sentence: AnalysedSentence,
  mentions: ActorMention[],
  figures: FoundFigure[],
  cues: ReportingCue[],
  lang: string,
): Map<string, Term> {
  const reportingVerbs = new Set<number>();
  for (const cue of cues) {
    if (cue.level !== "denial") for (let j = 0; j < cue.length; j++) reportingVerbs.add(cue.token + j);
  }
  const { tokens, lemmas } = sentence;
  const terms = new Map<string, Term>();
  const mentionAt = new Map<number, ActorMention>();
  for (const m of mentions) mentionAt.set(m.first, m);

  for (let k = 0; k < tokens.length; k++) {
    const mention = mentionAt.get(k);
    if (mention) {
      addTerm(terms, mention.alignKey, mention.surface.replace(/['’]s$/u, ""), true);
      k = mention.last;
      continue;
    }
    if (reportingVerbs.has(k)) continue;
    const token = tokens[k]!;
    const synonym = matchSynonym(tokens, lemmas, k, lang);
    if (synonym) {
      addTerm(terms, synonym.key, tokens.slice(k, k + synonym.length).map((t) => t.base).join(" "), true);
      k += synonym.length - 1;
      continue;
    }
    if (token.lower.length < SHORTEST_TERM || isStopWord(token.lower, lang) || isMonthName(token.lower) || isWeekdayName(token.lower)) continue;
    addTerm(terms, lemmas[k]!, token.base, false);
  }
  for (const { figure } of figures) addTerm(terms, `#${figure.normalised}`, figure.value, true);
  return terms;
}
