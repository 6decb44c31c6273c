import type { AlignedPair, CertaintyLevel, ClaimRow, Comparison, SentenceRef } from "../compare/index.ts";
import { sentenceId } from "./article.ts";

/** What the comparison partial reads: the engine's findings, each pointing at its sentences. */
export interface SentenceLink {
  href: string;
  text: string;
}

export interface OutletColumn {
  id: string;
  outlet: string;
}

export interface ComparisonView {
  columns: OutletColumn[];
  /** Claims reported by at least two accounts: one cell per column, empty where it is not reported. */
  shared: { cells: SentenceLink[][]; reportedBy: number; score: string; terms: string[] }[];
  /** Per account, what not every other account tells. */
  only: { column: OutletColumn; sentences: (SentenceLink & { missingFrom: string[] })[] }[];
  quotes: { speaker: string; variants: (SentenceLink & { outlet: string })[]; diff: { kind: "common" | "added" | "removed"; value: string }[] }[];
  /** Each figure with the outlets that give it (and where), and those that do not. */
  figures: { label: string; givenBy: { outlet: string; mentions: SentenceLink[] }[]; missingFrom: string[] }[];
  framing: { column: OutletColumn; headline: string; verb: string | null; level: string }[];
  attribution: { column: OutletColumn; levels: { level: string; verbs: { verb: string; links: SentenceLink[] }[] }[] }[];
  actors: { name: string; kind: string; heardIn: string[]; onlyIn: string | null }[];
}

export const LEVEL_LABELS: Record<CertaintyLevel, string> = {
  high: "asserts as fact",
  neutral: "attributes neutrally",
  low: "distances itself",
  denial: "reports a denial",
};
const LEVELS: CertaintyLevel[] = ["high", "neutral", "low", "denial"];

export function comparisonView(comparison: Comparison): ComparisonView {
  const columns = comparison.accounts.map(({ id, outlet }) => ({ id, outlet }));
  const outletOf = (id: string) => columns.find((c) => c.id === id)?.outlet ?? id;
  const text = new Map(Object.entries(comparison.sentences).flatMap(([id, sentences]) => sentences.map((s) => [`${id}:${s.index}`, s.text] as const)));
  const link = (ref: SentenceRef): SentenceLink => ({ href: `#${sentenceId(ref.account, ref.index)}`, text: text.get(`${ref.account}:${ref.index}`) ?? "" });
  const of = columns.length;

  // Rows partition the sentences and a pair never spans two rows: each pair belongs to its first sentence's row.
  const rowOf = new Map<string, ClaimRow>();
  for (const row of comparison.claims) for (const [account, cell] of Object.entries(row.cells)) for (const index of cell) rowOf.set(`${account}:${index}`, row);
  const pairsOf = new Map<ClaimRow, AlignedPair[]>();
  for (const pair of comparison.pairs) {
    const row = rowOf.get(`${pair.a.account}:${pair.a.index}`);
    if (!row) continue;
    const list = pairsOf.get(row);
    if (list) list.push(pair);
    else pairsOf.set(row, [pair]);
  }

  const shared = comparison.claims
    .filter((row) => row.reportedBy >= 2)
    .map((row) => {
      const pairs = (pairsOf.get(row) ?? []).sort((x, y) => y.score - x.score);
      return {
        cells: columns.map((c) => (row.cells[c.id] ?? []).map((index) => link({ account: c.id, index }))),
        reportedBy: row.reportedBy,
        score: (pairs[0]?.score ?? 0).toFixed(2),
        terms: [...new Set(pairs.flatMap((p) => p.terms))].slice(0, 6),
      };
    });

  const only = columns.map((column) => ({
    column,
    sentences: (comparison.only[column.id] ?? []).map((o) => ({ ...link({ account: column.id, index: o.index }), missingFrom: o.missingFrom.map(outletOf) })),
  }));

  const quotes = comparison.quotes.pairs.map((pair) => ({
    speaker: pair.speaker ?? "Unnamed source",
    variants: Object.entries(pair.variants).map(([id, v]) => ({ href: link(v.sentence).href, text: v.text, outlet: outletOf(id) })),
    diff: pair.diff,
  }));

  const figures = comparison.figures.groups.map((group) => {
    const first = group.figures[0];
    const printed = first ? comparison.figures.byAccount[first.account]?.find((f) => f.sentence.index === first.index && f.normalised === group.normalised) : undefined;
    const label = `${printed?.value ?? group.normalised.toLocaleString("en-GB")}${group.counted ? (group.counted === "%" ? "%" : ` ${group.counted}`) : ""}`;
    return {
      label,
      givenBy: columns
        .filter((c) => group.accounts.includes(c.id))
        .map((c) => ({ outlet: c.outlet, mentions: group.figures.filter((ref) => ref.account === c.id).map(link) })),
      missingFrom: columns.filter((c) => !group.accounts.includes(c.id)).map((c) => c.outlet),
    };
  });

  const framing = comparison.accounts.map((account) => {
    const f = comparison.framing[account.id];
    return { column: { id: account.id, outlet: account.outlet }, headline: account.title, verb: f?.verb ?? null, level: f?.level ? LEVEL_LABELS[f.level] : "no reporting verb" };
  });

  const attribution = columns.map((column) => {
    const uses = comparison.attribution[column.id]?.uses ?? [];
    return {
      column,
      levels: LEVELS.map((level) => {
        const byVerb = new Map<string, SentenceLink[]>();
        for (const use of uses.filter((u) => u.level === level)) byVerb.set(use.verb, [...(byVerb.get(use.verb) ?? []), link(use.sentence)]);
        return { level: LEVEL_LABELS[level], verbs: [...byVerb].map(([verb, links]) => ({ verb, links })) };
      }).filter((l) => l.verbs.length > 0),
    };
  });

  const actors = comparison.actors
    .filter((a) => a.kind !== "place")
    .map((a) => ({ name: a.name, kind: a.kind, heardIn: a.accounts.map(outletOf), onlyIn: of > 1 && a.onlyIn ? outletOf(a.onlyIn) : null }));

  return { columns, shared, only, quotes, figures, framing, attribution, actors };
}
