import { readFileSync } from "node:fs";
import path from "node:path";
import { compareAccounts, type CompareInput } from "../../compare/index.ts";
import { comparisonReport, comparisonText } from "../../compare/report.ts";
import { displayPath, loadRegistries } from "../../content/load.ts";
import { formatProblems, type Problem } from "../../content/problems.ts";
import { ACCOUNT_FIELDS, accountSchema } from "../../content/schema.ts";
import { parseSourceFile } from "../../content/source-file.ts";
import { check } from "../../content/validate.ts";
import { renderArticle, withSentenceSpans } from "../../render/article.ts";
import { createArticleMarkdown } from "../../render/markdown.ts";
import { defineCommand, UsageError } from "../command.ts";
import { contentOption } from "../options.ts";

const markdown = withSentenceSpans(createArticleMarkdown({ headingOffset: 3 }));

export default defineCommand({
  name: "compare",
  summary: "Compare accounts claim by claim, quote by quote, figure by figure",
  usage: "<account.md> <account.md>… [options]",
  description: [
    "Runs the comparison the briefing page shows on two or more account files and prints what",
    "they share, what only some tell, the quotes they print differently, their figures, their",
    "reporting verbs by certainty and the headlines' framing. --json prints one JSON document",
    "(its shape: docs/comparison.md). Outlet names come from the registry in --content when found.",
  ].join("\n"),
  positionals: true,
  options: {
    json: { type: "boolean", description: "Print one JSON document instead of the report" },
    content: contentOption,
  },
  run({ values, positionals }, io) {
    if (positionals.length < 2) throw new UsageError("name at least two account files to compare");
    const outlets = new Map(loadRegistries(values.content ?? "content").outlets.map((o) => [o.key, o.name]));
    const problems: Problem[] = [];
    const inputs: CompareInput[] = [];
    for (const file of positionals) {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(file);
      } catch {
        throw new UsageError(`cannot read "${file}"`);
      }
      const parsed = parseSourceFile(displayPath(path.resolve(file)), bytes);
      if (!parsed.ok) {
        problems.push(...parsed.problems);
        continue;
      }
      const front = check(accountSchema, parsed.source.data, parsed.source.file, parsed.source.locate, ACCOUNT_FIELDS);
      if (!front.ok) {
        problems.push(...front.problems);
        continue;
      }
      const id = uniqueId(path.basename(file, ".md"), inputs);
      const { paragraphs, sentences } = renderArticle(markdown, parsed.source.body, front.value.lang, id);
      inputs.push({ id, outlet: outlets.get(front.value.outlet) ?? front.value.outlet, lang: front.value.lang, title: front.value.title, paragraphs, sentences });
    }
    if (problems.length) {
      io.err(`${formatProblems(problems)}\n`);
      return 1;
    }
    const report = comparisonReport(compareAccounts(inputs));
    io.out(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${comparisonText(report)}\n`);
    return 0;
  },
});

/** Account ids are file stems; two files of the same name (from two briefings) get -2, -3…. */
function uniqueId(stem: string, taken: CompareInput[]): string {
  let id = stem;
  for (let n = 2; taken.some((i) => i.id === id); n++) id = `${stem}-${n}`;
  return id;
}
