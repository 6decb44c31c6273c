import { diffWords } from "diff";
import { isStopWord } from "../text/stopwords.ts";
import { findQuoteSpans, type QuoteSpan } from "../text/quote-marks.ts";
import { wordTokens } from "../text/words.ts";
import type { ActorMention } from "./actors.ts";
import type { AnalysedAccount, AnalysedSentence } from "./document.ts";
import type { ReportingCue } from "./reporting.ts";
import type { DiffPart, Quote, QuotePair } from "./types.ts";

/**
 * Direct quotations, who said them, and the same quotation across accounts, where one outlet may
 * quote a fragment of what another quotes in full ("serious issue" in "a very, very serious issue").
 */

/** A quotation's wording as counted words, for matching it against other wordings. */
interface Wording {
  /** How many words: lower case, contractions expanded ("they're" is two). */
  length: number;
  counts: Map<string, number>;
  /** Its words that are not function words. */
  content: Set<string>;
}

export interface FoundQuote {
  quote: Quote;
  speakerKey: string | null;
  wording: Wording;
}

/** Share of the shorter quotation's words the longer must contain. */
const MIN_SHARED = 0.6;
/** Content words two quotations must share, unless the shorter has fewer. */
const MIN_SHARED_CONTENT = 2;
const LETTER = /\p{L}/u;

const CONTRACTIONS: readonly [RegExp, string][] = [
  [/^(.+)n't$/u, "not"],
  [/^(.+)'re$/u, "are"],
  [/^(.+)'ve$/u, "have"],
  [/^(.+)'ll$/u, "will"],
  [/^(.+)'m$/u, "am"],
  [/^(.+)'d$/u, "would"],
];

function wordingOf(text: string, lang: string): Wording {
  const words = wordTokens(text).flatMap(({ lower }) => {
    if (!lower.includes("'")) return [lower];
    for (const [pattern, full] of CONTRACTIONS) {
      const match = pattern.exec(lower);
      if (match) return [match[1]!, full];
    }
    return [lower];
  });
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return { length: words.length, counts, content: new Set(words.filter((w) => !isStopWord(w, lang))) };
}

/** Quotation spans of a paragraph, shifted into the coordinates of the sentence holding their opening mark. */
function spansOf(sentence: AnalysedSentence, paragraphSpans: QuoteSpan[]): QuoteSpan[] {
  const end = sentence.offset + sentence.text.length;
  return paragraphSpans
    .filter((s) => s.open >= sentence.offset && s.open < end)
    .map((s) => ({ open: s.open - sentence.offset, close: Math.min(s.close, end - 1) - sentence.offset }));
}

/** Per sentence, the quotations opening in it. */
export function quoteSpansBySentence(account: AnalysedAccount): Map<AnalysedSentence, QuoteSpan[]> {
  const byParagraph = account.input.paragraphs.map((p) => findQuoteSpans(p));
  return new Map(account.sentences.map((s) => [s, spansOf(s, byParagraph[s.paragraph] ?? [])]));
}

/** The named source of the reporting verb nearest the quotation, ignoring verbs inside quotation marks. */
function speakerIn(sentence: AnalysedSentence, span: QuoteSpan, cues: ReportingCue[]): ActorMention | null {
  let best: { source: ActorMention; distance: number } | null = null;
  for (const cue of cues) {
    if (!cue.source) continue;
    const token = sentence.tokens[cue.token]!;
    const distance = token.start > span.close ? token.start - span.close : span.open - token.end;
    if (distance >= 0 && (best === null || distance < best.distance)) best = { source: cue.source, distance };
  }
  return best?.source ?? null;
}

export function findQuotes(
  account: AnalysedAccount,
  spansBySentence: Map<AnalysedSentence, QuoteSpan[]>,
  cuesBySentence: Map<AnalysedSentence, ReportingCue[]>,
  nameOf: (key: string) => string,
): FoundQuote[] {
  const found: FoundQuote[] = [];
  // The speaker of the last quotation with one, and its paragraph.
  let previousSpeaker: ActorMention | null = null;
  let previousParagraph = -1;
  for (const sentence of account.sentences) {
    let sentenceSpeaker: ActorMention | null = null;
    for (const span of spansBySentence.get(sentence) ?? []) {
      const text = sentence.text.slice(span.open + 1, span.close).trim().replace(/,$/u, "");
      if (!LETTER.test(text)) continue;
      // A quotation with no verb of its own continues the previous one in the paragraph.
      const inherited: ActorMention | null = previousParagraph === sentence.paragraph ? previousSpeaker : null;
      const speaker: ActorMention | null = speakerIn(sentence, span, cuesBySentence.get(sentence) ?? []) ?? inherited;
      sentenceSpeaker = speaker ?? sentenceSpeaker;
      found.push({
        quote: {
          text,
          marks: sentence.text[span.open]! + sentence.text[span.close]!,
          sentence: sentence.ref,
          speaker: speaker ? nameOf(speaker.key) : null,
        },
        speakerKey: speaker?.key ?? null,
        wording: wordingOf(text, account.lang),
      });
    }
    if (sentenceSpeaker) {
      previousSpeaker = sentenceSpeaker;
      previousParagraph = sentence.paragraph;
    }
  }
  return found;
}

/** How much of the shorter quotation's wording the longer one contains, 0 when they are different quotations. */
function similarity(a: Wording, b: Wording): number {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length === 0) return 0;
  let shared = 0;
  for (const [word, count] of shorter.counts) shared += Math.min(count, longer.counts.get(word) ?? 0);
  let sharedContent = 0;
  for (const word of shorter.content) if (longer.counts.has(word)) sharedContent++;
  const ratio = shared / shorter.length;
  return ratio >= MIN_SHARED && sharedContent >= Math.min(MIN_SHARED_CONTENT, shorter.content.size) && sharedContent > 0 ? ratio : 0;
}

function diffParts(a: string, b: string): DiffPart[] {
  if (a === b) return [{ kind: "common", value: a }];
  return diffWords(a, b).map((part) => ({ kind: part.added ? "added" : part.removed ? "removed" : "common", value: part.value }));
}

/** Quotations of account `a` and account `b` that are the same words, by the same speaker when both name one. */
export function pairQuotes(a: FoundQuote[], b: FoundQuote[], nameOf: (key: string) => string): QuotePair[] {
  // Quotations of B by content word: two wordings that share none cannot match, so most pairs are never tried.
  const byWord = new Map<string, number[]>();
  b.forEach((qb, j) => {
    for (const word of qb.wording.content) byWord.set(word, [...(byWord.get(word) ?? []), j]);
  });
  const pairs: QuotePair[] = [];
  for (const qa of a) {
    const partners = new Set<number>();
    for (const word of qa.wording.content) for (const j of byWord.get(word) ?? []) partners.add(j);
    for (const j of [...partners].sort((x, y) => x - y)) {
      const qb = b[j]!;
      if (qa.speakerKey !== null && qb.speakerKey !== null && qa.speakerKey !== qb.speakerKey) continue;
      const score = similarity(qa.wording, qb.wording);
      if (score === 0) continue;
      const speakerKey = qa.speakerKey ?? qb.speakerKey;
      pairs.push({
        speaker: speakerKey === null ? null : nameOf(speakerKey),
        variants: {
          [qa.quote.sentence.account]: { text: qa.quote.text, sentence: qa.quote.sentence },
          [qb.quote.sentence.account]: { text: qb.quote.text, sentence: qb.quote.sentence },
        },
        diff: diffParts(qa.quote.text, qb.quote.text),
        similarity: Math.round(score * 1000) / 1000,
      });
    }
  }
  return pairs;
}
