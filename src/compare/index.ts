import type { QuoteSpan } from "../text/quote-marks.ts";
import { resolveActors, summariseActors, type ActorMention } from "./actors.ts";
import { alignPair, weighTerms, type TermsOf } from "./align.ts";
import { headlineFraming, summariseAttribution } from "./attribution.ts";
import { groupClaims, omissions } from "./claims.ts";
import { analyseAccount, type AnalysedAccount, type AnalysedSentence } from "./document.ts";
import { findFigures, groupFigures, type FoundFigure } from "./figures.ts";
import { byText } from "./order.ts";
import { findQuotes, pairQuotes, quoteSpansBySentence, type FoundQuote } from "./quotes.ts";
import { findReportingCues, type ReportingCue } from "./reporting.ts";
import { sentenceTerms } from "./terms.ts";
import type { CompareInput, Comparison } from "./types.ts";

export type * from "./types.ts";
export { certaintyOf } from "./reporting.ts";

/** Every unordered pair of accounts, each ordered by id so the result does not depend on input order. */
function accountPairs(accounts: AnalysedAccount[]): [AnalysedAccount, AnalysedAccount][] {
  const sorted = [...accounts].sort((x, y) => byText(x.id, y.id));
  return sorted.flatMap((a, i) => sorted.slice(i + 1).map((b): [AnalysedAccount, AnalysedAccount] => [a, b]));
}

function insideQuotation(offset: number, spans: QuoteSpan[]): boolean {
  return spans.some((q) => q.open < offset && offset < q.close);
}

/** Reporting verbs outside quotation marks, with "he"/"she" resolved along the account's reading order. */
function reportingCues(account: AnalysedAccount, mentionsOf: (s: AnalysedSentence) => ActorMention[], quoteSpans: Map<AnalysedSentence, QuoteSpan[]>) {
  const cues = new Map<AnalysedSentence, ReportingCue[]>();
  let lastPerson: ActorMention | null = null;
  for (const sentence of account.sentences) {
    const mentions = mentionsOf(sentence);
    const spans = quoteSpans.get(sentence) ?? [];
    const found = findReportingCues(sentence.text, sentence.tokens, sentence.lemmas, mentions, account.lang, lastPerson);
    cues.set(sentence, spans.length === 0 ? found : found.filter((c) => !insideQuotation(sentence.tokens[c.token]!.start, spans)));
    lastPerson = mentions.filter((m) => m.kind === "person").at(-1) ?? lastPerson;
  }
  return cues;
}

/**
 * Compares accounts of one event: aligned claims, omissions, quotations, figures, attribution,
 * headline framing and actors. Pure and deterministic; the order of `accounts` only decides the
 * order of `accounts` and of claim rows in the result. Account ids must be unique.
 */
export function compareAccounts(accounts: CompareInput[]): Comparison {
  const ids = new Set(accounts.map((a) => a.id));
  if (ids.size !== accounts.length) throw new TypeError("compareAccounts: account ids must be unique");

  const analysed = accounts.map(analyseAccount);
  const actorIndex = resolveActors(analysed);
  const mentionsOf = (s: AnalysedSentence) => actorIndex.mentions.get(s) ?? [];
  const nameOf = (key: string) => actorIndex.actors.get(key)?.name ?? key;

  const termsOf: TermsOf = new Map();
  const figuresOf = new Map<string, FoundFigure[]>();
  const quotesOf = new Map<string, FoundQuote[]>();
  const result: Comparison = {
    accounts: accounts.map(({ id, outlet, lang, title }) => ({ id, outlet, lang, title })),
    sentences: {},
    pairs: [],
    claims: [],
    only: {},
    quotes: { byAccount: {}, pairs: [] },
    figures: { byAccount: {}, groups: [] },
    attribution: {},
    framing: {},
    actors: [],
  };

  for (const account of analysed) {
    const spans = quoteSpansBySentence(account);
    const cues = reportingCues(account, mentionsOf, spans);
    const figures: FoundFigure[] = [];
    for (const sentence of account.sentences) {
      const found = findFigures(sentence, account.lang);
      figures.push(...found);
      termsOf.set(sentence, sentenceTerms(sentence, mentionsOf(sentence), found, cues.get(sentence) ?? [], account.lang));
    }
    figuresOf.set(account.id, figures);
    quotesOf.set(account.id, findQuotes(account, spans, cues, nameOf));

    result.sentences[account.id] = account.sentences.map((s) => ({ index: s.ref.index, paragraph: s.paragraph, text: s.text }));
    result.figures.byAccount[account.id] = figures.map((f) => f.figure);
    result.quotes.byAccount[account.id] = quotesOf.get(account.id)!.map((q) => q.quote);
    result.attribution[account.id] = summariseAttribution(account.sentences, cues, nameOf);
    result.framing[account.id] = headlineFraming(account.input.title, account.lang);
  }

  const weighted = weighTerms(termsOf);
  for (const [a, b] of accountPairs(analysed)) {
    const quotePairs = pairQuotes(quotesOf.get(a.id)!, quotesOf.get(b.id)!, nameOf);
    result.quotes.pairs.push(...quotePairs);
    result.pairs.push(...alignPair(a, b, weighted, quotePairs));
  }
  result.claims = groupClaims(analysed, result.pairs);
  result.only = omissions(analysed, result.claims);
  result.figures.groups = groupFigures(analysed, figuresOf);
  result.actors = summariseActors(actorIndex, analysed);
  return result;
}
