/**
 * A content problem is an editor's mistake, not a crash: it names the file, the place in it
 * (1-based, the file's own line numbers) and the field, says what is wrong and what was expected.
 */
export interface Problem {
  file: string;
  line: number;
  col: number;
  /** Dotted path of the front-matter field, or a pseudo-field such as `front matter` or `body`. */
  field: string;
  message: string;
  expected?: string;
  hint?: string;
  severity: "error" | "warning";
}

export type ProblemInput = Omit<Problem, "severity" | "col"> & { col?: number; severity?: Problem["severity"] };

export function problem(input: ProblemInput): Problem {
  return { col: 1, severity: "error", ...input };
}

/** `path:line:col field: what is wrong (expected …)`, then the hint on its own indented line. */
export function formatProblem(p: Problem): string {
  const expected = p.expected ? ` (expected ${p.expected})` : "";
  const head = `${p.file}:${p.line}:${p.col} ${p.field}: ${p.message}${expected}`;
  const tagged = p.severity === "warning" ? `${head} [warning]` : head;
  return p.hint ? `${tagged}\n    hint: ${p.hint}` : tagged;
}

export function formatProblems(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  const lines = problems.map(formatProblem);
  const count = [plural(errors, "error"), warnings ? plural(warnings, "warning") : ""].filter(Boolean).join(", ");
  lines.push(`${count} in ${plural(new Set(problems.map((p) => p.file)).size, "file")}`);
  return lines.join("\n");
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}

/** Problems ordered by file, then position, so every report reads the same way. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort(
    (a, b) => compareStrings(a.file, b.file) || a.line - b.line || a.col - b.col || compareStrings(a.field, b.field),
  );
}

/** Thrown by shells (Eleventy, CLI) when content does not validate; carries every problem found. */
export class ContentError extends Error {
  /** Read by Eleventy's error handler: the problems are the whole story, a stack trace would bury them (`npm start`). */
  readonly skipOriginalStack = true;

  constructor(readonly problems: Problem[]) {
    super(formatProblems(problems));
    this.name = "ContentError";
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Code-point order, independent of the build machine's locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
