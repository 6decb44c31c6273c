import { baseLanguage } from "../text/language.ts";
import { lemmatiserFor } from "../text/lemma.ts";
import { splitSentences } from "../text/sentences.ts";
import { wordTokens, type WordToken } from "../text/words.ts";
import { findGazetteerMentions, type GazetteerMention } from "./gazetteer.ts";
import type { CompareInput, SentenceRef } from "./types.ts";

/** One sentence with everything later steps read: tokens, lemmas and gazetteer names, computed once. */
export interface AnalysedSentence {
  ref: SentenceRef;
  paragraph: number;
  /** Where the sentence starts in its paragraph. */
  offset: number;
  text: string;
  tokens: WordToken[];
  /** `lemmas[i]` is the dictionary form of `tokens[i]`. */
  lemmas: string[];
  places: GazetteerMention[];
}

export interface AnalysedAccount {
  id: string;
  /** Base language: "en", "de". */
  lang: string;
  input: CompareInput;
  sentences: AnalysedSentence[];
}

export function analyseAccount(input: CompareInput): AnalysedAccount {
  const lang = baseLanguage(input.lang);
  const lemma = lemmatiserFor(lang);
  const sentences: AnalysedSentence[] = [];
  input.paragraphs.forEach((paragraph, p) => {
    for (const span of input.sentences?.[p] ?? splitSentences(paragraph, lang)) {
      const tokens = wordTokens(span.text);
      sentences.push({
        ref: { account: input.id, index: sentences.length + 1 },
        paragraph: p,
        offset: span.start,
        text: span.text,
        tokens,
        lemmas: tokens.map((t) => lemma(t.lower)),
        places: findGazetteerMentions(span.text, tokens),
      });
    }
  });
  return { id: input.id, lang, input, sentences };
}
