import type { Comparison, SentenceRef } from "../../src/compare/index.ts";

/**
 * Scores a comparison against a hand-labelled reference. Sentences are named by a distinctive
 * substring; a reported pair matches a gold pair when each side's sentence contains its substring.
 * Precision = reported pairs matching a `must` or `may` pair / all reported pairs between the
 * labelled accounts; recall = `must` pairs found / `must` pairs.
 */

export interface GoldPairs {
  accounts: [string, string];
  must: [string, string][];
  may: [string, string][];
}

export interface Gold {
  pairs: GoldPairs[];
  /** Sentences only one account has: they should align with nothing. */
  onlyIn?: Record<string, string[]>;
  quotes?: { speaker?: string; texts: Record<string, string> }[];
  /** Figures as printed, per account; an empty list means the account gives none. */
  numbers?: Record<string, string[]>;
  framing?: Record<string, string | null>;
  attributionVerbs?: Record<string, string[]>;
}

/** The shape of shared/fixtures/seed-pair-gold.json. */
interface SeedGold {
  accounts: Record<string, unknown>;
  aligned: { must: [string, string][]; may: [string, string][] };
  only_in?: Record<string, string[]>;
  quotes?: ({ speaker?: string } & Record<string, string>)[];
  numbers?: Record<string, string[]>;
  headline_framing?: Record<string, string>;
  attribution_verbs?: Record<string, string[]>;
}

export function goldFromSeedFile(seed: SeedGold): Gold {
  const [a, b] = Object.keys(seed.accounts) as [string, string];
  return {
    pairs: [{ accounts: [a, b], must: seed.aligned.must, may: seed.aligned.may }],
    onlyIn: seed.only_in,
    quotes: seed.quotes?.map(({ speaker, ...texts }) => ({ speaker, texts })),
    numbers: seed.numbers,
    framing: seed.headline_framing,
    attributionVerbs: seed.attribution_verbs,
  };
}

export interface Tally {
  found: number;
  total: number;
}

export interface GoldScore {
  precision: number;
  recall: number;
  reported: number;
  missed: [string, string][];
  /** Reported pairs in neither `must` nor `may`, as sentence texts. */
  unexpected: [string, string][];
  quotesPaired: Tally;
  quotesWithSpeaker: Tally;
  numbersFound: Tally;
  /** Gold figures whose cross-account group holds their account alone. */
  numbersExclusive: Tally;
  /** Figures reported for accounts that the gold says give none, or give others. */
  numbersUnexpected: number;
  framingFound: Tally;
  onlyInUnmatched: Tally;
  attributionVerbsFound: Tally;
}

function sentenceText(c: Comparison, ref: SentenceRef): string {
  return c.sentences[ref.account]?.find((s) => s.index === ref.index)?.text ?? "";
}

function ratio({ found, total }: Tally): number {
  return total === 0 ? 1 : found / total;
}

export function scoreComparison(c: Comparison, gold: Gold): GoldScore {
  let reported = 0;
  let correct = 0;
  let mustFound = 0;
  let mustTotal = 0;
  const missed: [string, string][] = [];
  const unexpected: [string, string][] = [];
  for (const { accounts: [idA, idB], must, may } of gold.pairs) {
    const between = c.pairs
      .filter((p) => (p.a.account === idA && p.b.account === idB) || (p.a.account === idB && p.b.account === idA))
      .map((p) => (p.a.account === idA ? [sentenceText(c, p.a), sentenceText(c, p.b)] : [sentenceText(c, p.b), sentenceText(c, p.a)]) as [string, string]);
    const matches = ([textA, textB]: [string, string], [subA, subB]: [string, string]) => textA.includes(subA) && textB.includes(subB);
    reported += between.length;
    for (const pair of between) {
      if ([...must, ...may].some((g) => matches(pair, g))) correct++;
      else unexpected.push(pair);
    }
    mustTotal += must.length;
    for (const g of must) {
      if (between.some((pair) => matches(pair, g))) mustFound++;
      else missed.push(g);
    }
  }

  const quotes = gold.quotes ?? [];
  const pairedQuotes = quotes.map((q) =>
    c.quotes.pairs.find((pair) => Object.entries(q.texts).every(([id, text]) => pair.variants[id]?.text.includes(text))),
  );

  const numbers = Object.entries(gold.numbers ?? {});
  const numbersFound = numbers.flatMap(([id, values]) => values.filter((v) => c.figures.byAccount[id]?.some((f) => f.value === v)));
  const numbersExclusive = numbers.flatMap(([id, values]) =>
    values.filter((v) => {
      const figure = c.figures.byAccount[id]?.find((f) => f.value === v);
      const group = c.figures.groups.find((g) => figure && g.normalised === figure.normalised && g.counted === figure.counted);
      return group !== undefined && group.accounts.length === 1 && group.accounts[0] === id;
    }),
  );
  const numbersUnexpected = numbers.reduce((n, [id, values]) => n + (c.figures.byAccount[id] ?? []).filter((f) => !values.includes(f.value)).length, 0);

  const framing = Object.entries(gold.framing ?? {});
  const onlyIn = Object.entries(gold.onlyIn ?? {}).flatMap(([id, subs]) => subs.map((sub) => ({ id, sub })));
  const onlyInUnmatched = onlyIn.filter(({ id, sub }) => {
    const sentence = c.sentences[id]?.find((s) => s.text.includes(sub));
    return sentence !== undefined && c.only[id]?.some((o) => o.index === sentence.index && o.reportedBy === 1);
  });
  const verbs = Object.entries(gold.attributionVerbs ?? {}).flatMap(([id, list]) => list.map((verb) => ({ id, verb })));
  const verbsFound = verbs.filter(({ id, verb }) => c.attribution[id]?.uses.some((u) => u.verb.toLowerCase() === verb));

  return {
    precision: ratio({ found: correct, total: reported }),
    recall: ratio({ found: mustFound, total: mustTotal }),
    reported,
    missed,
    unexpected,
    quotesPaired: { found: pairedQuotes.filter(Boolean).length, total: quotes.length },
    quotesWithSpeaker: {
      found: pairedQuotes.filter((pair, i) => pair && quotes[i]!.speaker !== undefined && pair.speaker === quotes[i]!.speaker).length,
      total: quotes.filter((q) => q.speaker !== undefined).length,
    },
    numbersFound: { found: numbersFound.length, total: numbers.reduce((n, [, values]) => n + values.length, 0) },
    numbersExclusive: { found: numbersExclusive.length, total: numbers.reduce((n, [, values]) => n + values.length, 0) },
    numbersUnexpected,
    framingFound: { found: framing.filter(([id, verb]) => c.framing[id]?.verb === verb).length, total: framing.length },
    onlyInUnmatched: { found: onlyInUnmatched.length, total: onlyIn.length },
    attributionVerbsFound: { found: verbsFound.length, total: verbs.length },
  };
}
