import path from "node:path";
import { compareAccounts, type CompareInput } from "../src/compare/index.ts";
import { loadContent } from "../src/content/load.ts";
import { renderArticle, withSentenceSpans } from "../src/render/article.ts";
import { createArticleMarkdown } from "../src/render/markdown.ts";

/** The comparison engine alone, per briefing of a generated archive, after a warm-up pass. */
export function measureCompare(archiveDir: string): { medianMs: number; briefings: number; meanWords: number } {
  const { site } = loadContent(path.join(archiveDir, "content"));
  if (!site) throw new Error(`the archive at ${archiveDir} does not validate`);
  const md = withSentenceSpans(createArticleMarkdown({ headingOffset: 3 }));
  const inputs: CompareInput[][] = site.briefings.map((b) =>
    b.accounts.map((a) => ({ id: a.id, outlet: a.outlet.name, lang: a.lang, title: a.title, paragraphs: renderArticle(md, a.body, a.lang, a.id).paragraphs })),
  );
  for (const briefing of inputs.slice(0, 50)) compareAccounts(briefing);
  const times = inputs.map((briefing) => {
    const start = process.hrtime.bigint();
    compareAccounts(briefing);
    return Number(process.hrtime.bigint() - start) / 1e6;
  });
  const words = inputs.flat().reduce((n, a) => n + a.paragraphs.join(" ").split(/\s+/).length, 0);
  return { medianMs: times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!, briefings: inputs.length, meanWords: Math.round(words / inputs.flat().length) };
}
