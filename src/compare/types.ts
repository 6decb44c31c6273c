/** The comparison's input and output. Everything here is plain JSON: see docs/comparison.md. */
import type { SentenceSpan } from "../text/sentences.ts";

export interface CompareInput {
  id: string;
  outlet: string;
  lang: string;
  title: string;
  /** Plain text, one string per paragraph. */
  paragraphs: string[];
  /** Each paragraph's sentences when the caller has split them already (a page numbers them first); split here otherwise. */
  sentences?: SentenceSpan[][];
}

/** Sentence `index` (1-based, in reading order across paragraphs) of account `account`. */
export interface SentenceRef {
  account: string;
  index: number;
}

export interface ComparedSentence {
  index: number;
  /** 0-based index into the account's `paragraphs`. */
  paragraph: number;
  text: string;
}

/** Two sentences of different accounts that make the same claim. */
export interface AlignedPair {
  a: SentenceRef;
  b: SentenceRef;
  /** 0..1: IDF-weighted cosine of the two sentences' terms, or the similarity of a quotation they share if higher. */
  score: number;
  /** What made the match, strongest first: "troops", "Pyongyang ≈ North Korea", "rejected ≈ denied". */
  terms: string[];
}

/** One claim: the aligned sentences of every account (an empty list where an account does not report it). */
export interface ClaimRow {
  cells: Record<string, number[]>;
  /** How many accounts report the claim. */
  reportedBy: number;
}

/** A sentence that not every account reports. */
export interface OmissionEntry {
  index: number;
  /** Accounts reporting it, this one included: 1 means only this account has it. */
  reportedBy: number;
  of: number;
  missingFrom: string[];
}

export interface Quote {
  /** The words inside the marks, without a trailing comma. */
  text: string;
  /** The opening and closing marks, e.g. "“”". */
  marks: string;
  sentence: SentenceRef;
  /** Display name of the person or body quoted, when the sentence or its neighbours name one. */
  speaker: string | null;
}

export interface DiffPart {
  /** "removed": only in the first variant; "added": only in the second. */
  kind: "common" | "added" | "removed";
  value: string;
}

/** The same quotation as two accounts print it. */
export interface QuotePair {
  speaker: string | null;
  variants: Record<string, { text: string; sentence: SentenceRef }>;
  /** Word-level diff from the first account's wording to the second's. */
  diff: DiffPart[];
  /** 0..1: share of the shorter quotation's words found in the longer. */
  similarity: number;
}

export interface Figure {
  /** As printed: "3,000", "three thousand", "12%". */
  value: string;
  normalised: number;
  /** What it counts: "troops", "%", "$", or "" when nothing is named. */
  counted: string;
  /** The words around it. */
  context: string;
  sentence: SentenceRef;
}

export interface FigureGroup {
  normalised: number;
  counted: string;
  accounts: string[];
  figures: SentenceRef[];
}

export type CertaintyLevel = "high" | "neutral" | "low" | "denial";

export interface ReportingVerbUse {
  /** As printed: "confirmed", "according to". */
  verb: string;
  lemma: string;
  level: CertaintyLevel;
  /** Who the verb reports, when named: "Lloyd Austin", "North Korea". */
  source: string | null;
  sentence: SentenceRef;
}

export interface AccountAttribution {
  counts: Record<CertaintyLevel, number>;
  uses: ReportingVerbUse[];
  /** Distancing words outside a reporting verb: "allegedly", "reportedly", "the alleged deployment". */
  hedges: { word: string; sentence: SentenceRef }[];
}

/** How the headline frames its claim: "Pentagon believes…" (low) or "…, Pentagon confirms" (high). */
export interface Framing {
  verb: string | null;
  lemma: string | null;
  level: CertaintyLevel | null;
}

export type ActorKind = "person" | "organisation" | "place";

export interface Actor {
  key: string;
  name: string;
  kind: ActorKind;
  /** Titles seen before the name: "Defense Secretary". */
  roles: string[];
  /** Every form seen: "Lloyd Austin", "Austin". */
  forms: string[];
  /** Account id → sentences naming the actor. */
  mentions: Record<string, number[]>;
  accounts: string[];
  /** The one account naming this actor, when others do not. */
  onlyIn: string | null;
}

export interface Comparison {
  accounts: { id: string; outlet: string; lang: string; title: string }[];
  sentences: Record<string, ComparedSentence[]>;
  pairs: AlignedPair[];
  claims: ClaimRow[];
  only: Record<string, OmissionEntry[]>;
  quotes: { byAccount: Record<string, Quote[]>; pairs: QuotePair[] };
  figures: { byAccount: Record<string, Figure[]>; groups: FigureGroup[] };
  attribution: Record<string, AccountAttribution>;
  framing: Record<string, Framing>;
  actors: Actor[];
}
