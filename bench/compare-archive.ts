import path from "node:path";
import { compareAccounts, type CompareInput } from "../src/compare/index.ts";
import { loadContent } from "../src/content/load.ts";
import { renderArticle, withSentenceSpans } from "../src/render/article.ts";
import { createArticleMarkdown } from "../src/render/markdown.ts";

/** Per-briefing work of a build that no cache can spare on a cold build, timed on its own. */
export interface EngineFigures {
  /** Median time of the comparison engine per briefing. */
  medianMs: number;
  /** All briefings' comparisons, one after another. */
  compareSeconds: number;
  /** All accounts' text rendered as the page shows it (markdown-it, sentences split and numbered). */
  textSeconds: number;
  briefings: number;
  meanWords: number;
}

/** The comparison engine and the account text alone, over every briefing of a generated archive, after a warm-up pass. */
export function measureCompare(archiveDir: string): EngineFigures {
  const { site } = loadContent(path.join(archiveDir, "content"));
  if (!site) throw new Error(`the archive at ${archiveDir} does not validate`);
  const md = withSentenceSpans(createArticleMarkdown({ headingOffset: 3 }));
  const render = () =>
    site.briefings.map((b) =>
      b.accounts.map((a): CompareInput => ({ id: a.id, outlet: a.outlet.name, lang: a.lang, title: a.title, paragraphs: renderArticle(md, a.body, a.lang, a.id).paragraphs })),
    );
  render();
  const textStart = process.hrtime.bigint();
  const inputs = render();
  const textSeconds = Number(process.hrtime.bigint() - textStart) / 1e9;
  for (const briefing of inputs.slice(0, 50)) compareAccounts(briefing);
  const times = inputs.map((briefing) => {
    const start = process.hrtime.bigint();
    compareAccounts(briefing);
    return Number(process.hrtime.bigint() - start) / 1e6;
  });
  const words = inputs.flat().reduce((n, a) => n + a.paragraphs.join(" ").split(/\s+/).length, 0);
  return {
    medianMs: [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!,
    compareSeconds: times.reduce((sum, t) => sum + t, 0) / 1000,
    textSeconds,
    briefings: inputs.length,
    meanWords: Math.round(words / inputs.flat().length),
  };
}
