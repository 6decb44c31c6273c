import type { AnalysedAccount, AnalysedSentence } from "./document.ts";
import { byText } from "./order.ts";
import type { Term } from "./terms.ts";
import type { AlignedPair, QuotePair } from "./types.ts";

/**
 * Sentence alignment between two accounts. The score of two sentences is the IDF mass of the terms
 * they share over the geometric mean of their own IDF masses, Σshared idf / √(ΣA idf · ΣB idf):
 * a cosine of term vectors weighted by √idf, 1 for the same terms, 0 for none in common. IDF runs
 * over every sentence being compared, so words all accounts use everywhere weigh little; across
 * languages only terms both accounts use count. A pair is kept when it shares at least two terms,
 * scores at least MIN_SCORE and is near the best match of either sentence, which
 * lets one sentence match several. A quotation both sentences print aligns them too.
 */

/** Below this score, shared terms are coincidence. */
export const MIN_SCORE = 0.24;
/** One shared name or word is a common topic, not a common claim. */
const MIN_SHARED_TERMS = 2;
/** A match is kept when it is at least this share of the best match of either of its sentences. */
export const NEAR_BEST = 0.75;
/** At most this many terms explain a pair. */
const MAX_TERMS = 6;

export type TermsOf = Map<AnalysedSentence, Map<string, Term>>;

/** Every sentence's terms as numbers, with their weights: built once, shared by all account pairs. */
export interface WeightedTerms {
  /** Term ids of each sentence. */
  idsOf: Map<AnalysedSentence, number[]>;
  /** Each sentence's terms, in the order of its ids. */
  termListsOf: Map<AnalysedSentence, Term[]>;
  keys: string[];
  /** idf[id] = log((N + 1) / df): a term in one sentence of N weighs most, one in every sentence almost nothing. */
  idf: Float64Array;
}

export function weighTerms(termsOf: TermsOf): WeightedTerms {
  const idOf = new Map<string, number>();
  const df: number[] = [];
  const idsOf = new Map<AnalysedSentence, number[]>();
  const termListsOf = new Map<AnalysedSentence, Term[]>();
  for (const [sentence, terms] of termsOf) {
    const ids: number[] = [];
    for (const key of terms.keys()) {
      let id = idOf.get(key);
      if (id === undefined) {
        id = df.length;
        idOf.set(key, id);
        df.push(0);
      }
      df[id]!++;
      ids.push(id);
    }
    idsOf.set(sentence, ids);
    termListsOf.set(sentence, [...terms.values()]);
  }
  const n = termsOf.size;
  return { idsOf, termListsOf, keys: [...idOf.keys()], idf: Float64Array.from(df, (count) => Math.log((n + 1) / count)) };
}

/** The IDF mass of a sentence's terms, counting only those `counts` admits. */
function mass(ids: number[], idf: Float64Array, counts: (id: number) => boolean): number {
  let sum = 0;
  for (const id of ids) if (counts(id)) sum += idf[id]!;
  return sum;
}

function explain(key: string, a: Term, b: Term): string {
  // Actors and figures read as printed; words in lower case.
  const verbatim = key.startsWith("@") || key.startsWith("#");
  if (a.surface === b.surface || key.startsWith("#")) return verbatim ? a.surface : a.surface.toLowerCase();
  const lowerA = a.surface.toLowerCase();
  if (!(a.equivalence || b.equivalence) || lowerA === b.surface.toLowerCase()) return verbatim ? a.surface : lowerA;
  return `${a.surface} ≈ ${b.surface}`;
}

function quoteTerm(pair: QuotePair, a: string, b: string): string {
  const textA = pair.variants[a]!.text;
  const textB = pair.variants[b]!.text;
  return textA === textB ? `“${textA}”` : `“${textA}” ≈ “${textB}”`;
}

/** What made two sentences match: shared quotations, then the heaviest shared terms. */
function explainPair(weighted: WeightedTerms, a: AnalysedSentence, b: AnalysedSentence, quotes: string[]): string[] {
  const { idsOf, termListsOf, keys, idf } = weighted;
  const idsA = idsOf.get(a)!;
  const idsB = idsOf.get(b)!;
  const termsA = termListsOf.get(a)!;
  const termsB = termListsOf.get(b)!;
  // A sentence has a few dozen terms at most, so a scan finds a shared one faster than a lookup table would be built.
  const shared: { id: number; a: Term; b: Term }[] = [];
  idsA.forEach((id, k) => {
    const inB = idf[id]! > 0 ? idsB.indexOf(id) : -1;
    if (inB >= 0) shared.push({ id, a: termsA[k]!, b: termsB[inB]! });
  });
  shared.sort((x, y) => idf[y.id]! - idf[x.id]! || byText(keys[x.id]!, keys[y.id]!));
  const terms = new Set(quotes);
  for (const { id, a: termA, b: termB } of shared) {
    if (terms.size >= MAX_TERMS) break;
    terms.add(explain(keys[id]!, termA, termB));
  }
  return [...terms].slice(0, MAX_TERMS);
}

interface Candidate {
  a: AnalysedSentence;
  b: AnalysedSentence;
  score: number;
  quotes: QuotePair[];
}

export function alignPair(accountA: AnalysedAccount, accountB: AnalysedAccount, weighted: WeightedTerms, quotePairs: QuotePair[]): AlignedPair[] {
  const { idsOf, idf } = weighted;
  const sentencesB = accountB.sentences;
  // Which sentences of B hold each term, so each sentence of A visits only those sharing something.
  const holders: number[][] = [];
  sentencesB.forEach((b, j) => {
    for (const id of idsOf.get(b)!) (holders[id] ??= []).push(j);
  });
  // Across languages most words cannot match at all; only terms the other account also uses
  // (names, figures, concepts of the synonym table, words spelled alike) weigh in the score.
  const crossLanguage = accountA.lang !== accountB.lang;
  const inA = crossLanguage ? new Set(accountA.sentences.flatMap((a) => idsOf.get(a)!)) : undefined;
  const countsForA = (id: number) => !crossLanguage || holders[id] !== undefined;
  const countsForB = (id: number) => inA === undefined || inA.has(id);
  const massB = sentencesB.map((b) => mass(idsOf.get(b)!, idf, countsForB));

  // Sentence n of an account is sentences[n - 1], so a pair's number is its place in an A × B table.
  const pairKey = (a: AnalysedSentence, b: AnalysedSentence) => (a.ref.index - 1) * sentencesB.length + b.ref.index - 1;
  const candidates = new Map<number, Candidate>();
  const shared = new Float64Array(sentencesB.length);
  const sharedCount = new Uint16Array(sentencesB.length);
  for (const a of accountA.sentences) {
    const idsA = idsOf.get(a)!;
    const massA = mass(idsA, idf, countsForA);
    shared.fill(0);
    sharedCount.fill(0);
    for (const id of idsA) {
      const weight = idf[id]!;
      if (weight === 0) continue;
      for (const j of holders[id] ?? []) {
        shared[j]! += weight;
        sharedCount[j]!++;
      }
    }
    for (let j = 0; j < sentencesB.length; j++) {
      if (sharedCount[j]! < MIN_SHARED_TERMS) continue;
      const denominator = Math.sqrt(massA * massB[j]!);
      const score = denominator === 0 ? 0 : shared[j]! / denominator;
      const b = sentencesB[j]!;
      if (score >= MIN_SCORE) candidates.set(pairKey(a, b), { a, b, score, quotes: [] });
    }
  }
  // Sentences printing the same quotation align whatever their other words (sentence n is sentences[n - 1]).
  for (const q of quotePairs) {
    const a = accountA.sentences[q.variants[accountA.id]!.sentence.index - 1]!;
    const b = sentencesB[q.variants[accountB.id]!.sentence.index - 1]!;
    const known = candidates.get(pairKey(a, b));
    candidates.set(pairKey(a, b), { a, b, score: Math.max(known?.score ?? 0, q.similarity), quotes: [...(known?.quotes ?? []), q] });
  }

  const bestOf = new Map<AnalysedSentence, number>();
  for (const c of candidates.values()) {
    bestOf.set(c.a, Math.max(bestOf.get(c.a) ?? 0, c.score));
    bestOf.set(c.b, Math.max(bestOf.get(c.b) ?? 0, c.score));
  }
  return [...candidates.values()]
    .sort((x, y) => x.a.ref.index - y.a.ref.index || x.b.ref.index - y.b.ref.index)
    .filter((c) => c.score >= NEAR_BEST * Math.min(bestOf.get(c.a)!, bestOf.get(c.b)!))
    .map((c) => ({
      a: c.a.ref,
      b: c.b.ref,
      score: Math.round(c.score * 1000) / 1000,
      terms: explainPair(weighted, c.a, c.b, c.quotes.map((q) => quoteTerm(q, accountA.id, accountB.id))),
    }));
}
