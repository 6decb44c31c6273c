import path from "node:path";
import { formatProblems, hasErrors, type Problem } from "../content/problems.ts";

export const FORMATS = ["text", "json", "github"] as const;
export type Format = (typeof FORMATS)[number];

/** Problems as JSON for machines: every field of each problem, and the counts. */
export function problemsAsJson(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === "error").length;
  return JSON.stringify({ ok: !hasErrors(problems), errors, warnings: problems.length - errors, problems }, null, 2);
}

/**
 * Problems as GitHub Actions workflow commands, which annotate the file and line in a pull
 * request: `::error file=…,line=…,col=…,title=…::message`.
 */
export function problemsAsGithub(problems: readonly Problem[]): string {
  return problems
    .map((p) => {
      const message = `${p.field}: ${p.message}${p.expected ? ` (expected ${p.expected})` : ""}${p.hint ? `\nhint: ${p.hint}` : ""}`;
      const properties = `file=${property(p.file)},line=${p.line},col=${p.col},title=${property(`parallax: ${p.field}`)}`;
      return `::${p.severity} ${properties}::${data(message)}`;
    })
    .join("\n");
}

/** The text report, as the build prints it. */
export function problemsAsText(problems: readonly Problem[]): string {
  return formatProblems(problems);
}

// Escaping as the runner reads it (actions/toolkit, command.ts).
function data(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function property(text: string): string {
  return data(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** Whether a problem's file is one of `paths` or inside one of them (paths as given, relative to the working folder). */
export function isUnder(file: string, paths: readonly string[]): boolean {
  const abs = path.resolve(file);
  return paths.some((p) => {
    const scope = path.resolve(p);
    return abs === scope || abs.startsWith(scope + path.sep);
  });
}
