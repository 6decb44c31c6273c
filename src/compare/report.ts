import type { CertaintyLevel, Comparison, SentenceRef } from "./types.ts";

/**
 * The comparison as `parallax compare --json` prints it: every finding carries the text of its
 * sentences, so the document reads on its own. Shape documented in docs/comparison.md.
 */
export interface ComparisonReport {
  accounts: Comparison["accounts"];
  pairs: { a: SentenceText; b: SentenceText; score: number; terms: string[] }[];
  only: Record<string, { index: number; text: string; reportedBy: number; of: number }[]>;
  quotes: { speaker: string | null; variants: Record<string, SentenceText & { quote: string }>; diff: Comparison["quotes"]["pairs"][number]["diff"] }[];
  figures: { value: string; normalised: number; counted: string; accounts: string[]; mentions: (SentenceText & { value: string })[] }[];
  attribution: Record<string, Record<CertaintyLevel, { verb: string; source: string | null; sentence: number }[]>>;
  framing: Comparison["framing"];
  actors: { name: string; kind: string; accounts: string[]; onlyIn: string | null }[];
}

export interface SentenceText {
  account: string;
  index: number;
  text: string;
}

export function comparisonReport(comparison: Comparison): ComparisonReport {
  const texts = new Map(Object.entries(comparison.sentences).flatMap(([id, list]) => list.map((s) => [`${id}:${s.index}`, s.text] as const)));
  const withText = (ref: SentenceRef): SentenceText => ({ account: ref.account, index: ref.index, text: texts.get(`${ref.account}:${ref.index}`) ?? "" });

  return {
    accounts: comparison.accounts,
    pairs: comparison.pairs.map((p) => ({ a: withText(p.a), b: withText(p.b), score: Number(p.score.toFixed(3)), terms: p.terms })),
    only: Object.fromEntries(
      Object.entries(comparison.only).map(([id, list]) => [id, list.map((o) => ({ index: o.index, text: texts.get(`${id}:${o.index}`) ?? "", reportedBy: o.reportedBy, of: o.of }))]),
    ),
    quotes: comparison.quotes.pairs.map((q) => ({
      speaker: q.speaker,
      variants: Object.fromEntries(Object.entries(q.variants).map(([id, v]) => [id, { ...withText(v.sentence), quote: v.text }])),
      diff: q.diff,
    })),
    figures: comparison.figures.groups.map((g) => {
      const mentions = g.figures.map((ref) => ({ ...withText(ref), value: comparison.figures.byAccount[ref.account]?.find((f) => f.sentence.index === ref.index && f.normalised === g.normalised)?.value ?? String(g.normalised) }));
      return { value: mentions[0]?.value ?? String(g.normalised), normalised: g.normalised, counted: g.counted, accounts: g.accounts, mentions };
    }),
    attribution: Object.fromEntries(
      Object.entries(comparison.attribution).map(([id, a]) => {
        const levels: Record<CertaintyLevel, { verb: string; source: string | null; sentence: number }[]> = { high: [], neutral: [], low: [], denial: [] };
        for (const use of a.uses) levels[use.level].push({ verb: use.verb, source: use.source, sentence: use.sentence.index });
        return [id, levels];
      }),
    ),
    framing: comparison.framing,
    actors: comparison.actors.map((a) => ({ name: a.name, kind: a.kind, accounts: a.accounts, onlyIn: a.onlyIn })),
  };
}

/** The same findings for a person at a terminal. */
export function comparisonText(report: ComparisonReport): string {
  const outlet = (id: string) => report.accounts.find((a) => a.id === id)?.outlet ?? id;
  const lines: string[] = [`Comparing ${report.accounts.map((a) => `${a.outlet} (${a.id})`).join(", ")}`, ""];
  lines.push(`Shared claims (${report.pairs.length}):`);
  for (const p of report.pairs) lines.push(`  ${p.score.toFixed(2)}  ${outlet(p.a.account)} #${p.a.index}: ${p.a.text}`, `        ${outlet(p.b.account)} #${p.b.index}: ${p.b.text}`, `        because: ${p.terms.join("; ")}`);
  for (const [id, list] of Object.entries(report.only)) {
    lines.push("", `Not in every account, from ${outlet(id)} (${list.length}):`);
    for (const o of list) lines.push(`  #${o.index} (${o.reportedBy} of ${o.of}): ${o.text}`);
  }
  lines.push("", `Quotes printed by more than one outlet (${report.quotes.length}):`);
  for (const q of report.quotes) {
    lines.push(`  ${q.speaker ?? "unnamed source"}:`);
    for (const [id, v] of Object.entries(q.variants)) lines.push(`    ${outlet(id)}: “${v.quote}”`);
  }
  lines.push("", `Figures (${report.figures.length}):`);
  for (const f of report.figures) lines.push(`  ${f.value}${f.counted ? ` ${f.counted}` : ""}: ${f.accounts.map(outlet).join(", ")}`);
  lines.push("", "Headline framing:");
  for (const [id, f] of Object.entries(report.framing)) lines.push(`  ${outlet(id)}: ${f.verb ?? "no reporting verb"}${f.level ? ` (${f.level})` : ""}`);
  lines.push("", "Reporting verbs by certainty:");
  for (const [id, levels] of Object.entries(report.attribution))
    lines.push(`  ${outlet(id)}: ${Object.entries(levels).filter(([, uses]) => uses.length).map(([level, uses]) => `${level}: ${uses.map((u) => u.verb).join(", ")}`).join("; ") || "none"}`);
  const only = report.actors.filter((a) => a.onlyIn);
  lines.push("", `Named in only one account: ${only.map((a) => `${a.name} (${outlet(a.onlyIn!)})`).join(", ") || "none"}`);
  return lines.join("\n");
}
