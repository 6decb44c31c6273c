import { existsSync } from "node:fs";
import path from "node:path";
import { loadContent } from "../../content/load.ts";
import { hasErrors, sortProblems } from "../../content/problems.ts";
import { unannouncedEdits } from "../../provenance/since.ts";
import { provenanceWarnings } from "../../provenance/warnings.ts";
import { defineCommand, UsageError } from "../command.ts";
import { contentFolder, contentOption } from "../options.ts";
import { FORMATS, isUnder, problemsAsGithub, problemsAsJson, problemsAsText, type Format } from "../problem-formats.ts";

export default defineCommand({
  name: "check",
  summary: "Validate the content without building",
  usage: "[path…] [options]",
  description: [
    "Validates every source with the build's own rules and messages, and writes nothing.",
    "Paths (account files, briefing folders) limit the report to the problems in them; the",
    "whole content is still read, since accounts are checked against the registries.",
    "Warns (without failing) when an account has no url or no archive, or an archive of another site.",
    "With --since <git-ref> (a branch, tag or commit), an account that existed there and whose text",
    "changed since needs a new corrections entry (or one marked minor: true); white space does not count.",
    "Exit status: 0 no errors (warnings allowed), 1 errors, 2 usage errors.",
  ].join("\n"),
  positionals: true,
  options: {
    content: contentOption,
    format: { type: "string", value: "text|json|github", description: "Report for people (text, the default), for machines (json) or as GitHub Actions annotations (github)" },
    since: { type: "string", value: "git-ref", description: "Also fail when the text of an account that existed at this commit changed without a new corrections entry" },
  },
  run({ values, positionals }, io) {
    const format = (values.format ?? "text") as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`--format "${format}" is not one of ${FORMATS.join(", ")}`);
    const contentDir = contentFolder(values.content);
    for (const given of positionals) {
      if (!existsSync(given)) throw new UsageError(`"${given}" does not exist`);
      if (!isUnder(given, [contentDir])) throw new UsageError(`"${given}" is not inside the content folder "${contentDir}" (pass --content <dir>)`);
    }

    const loaded = loadContent(contentDir);
    const { site } = loaded;
    const all = sortProblems([...loaded.problems, ...(site ? provenanceWarnings(site) : []), ...(values.since ? unannouncedEdits(contentDir, values.since) : [])]);
    const problems = positionals.length ? all.filter((p) => isUnder(p.file, positionals)) : all;
    const failed = hasErrors(problems);
    if (format === "json") io.out(`${problemsAsJson(problems)}\n`);
    else if (format === "github") {
      if (problems.length) io.out(`${problemsAsGithub(problems)}\n`);
      io.err(`${problems.length ? problemsAsText(problems).split("\n").pop() : "No problems"}\n`);
    } else {
      if (problems.length) io.err(`${problemsAsText(problems)}\n`);
      if (!failed) io.out(`OK: ${summary(site, positionals, all.length - problems.length)}\n`);
    }
    return failed ? 1 : 0;
  },
});

function summary(site: ReturnType<typeof loadContent>["site"], paths: readonly string[], elsewhere: number): string {
  if (paths.length) {
    const others = elsewhere ? ` (${elsewhere} elsewhere in the content: run parallax check to see them)` : "";
    return `no errors in ${paths.map((p) => path.normalize(p)).join(", ")}${others}`;
  }
  const briefings = site?.briefings ?? [];
  const accounts = briefings.reduce((n, b) => n + b.accounts.length, 0);
  return `${briefings.length} briefing${briefings.length === 1 ? "" : "s"}, ${accounts} account${accounts === 1 ? "" : "s"}`;
}
