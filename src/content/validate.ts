import { distance } from "fastest-levenshtein";
import type { z } from "zod";
import { problem, type Problem } from "./problems.ts";
import type { Locate } from "./yaml.ts";

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Runs a schema and turns each zod issue into a problem at the field's own line. */
export function check<S extends z.ZodType>(schema: S, data: unknown, file: string, locate: Locate, fields: readonly string[] = []): Checked<z.infer<S>> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const problems = result.error.issues.flatMap((issue): Problem[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => {
        const path = [...issue.path, key];
        const suggestion = closest(key, fields);
        return problem({ file, ...locate(path), field: fieldName(path), message: issue.message, hint: suggestion ? `did you mean "${suggestion}"?` : `known fields: ${fields.join(", ")}` });
      });
    }
    return [problem({ file, ...locate(issue.path), field: fieldName(issue.path), message: issue.message })];
  });
  return { ok: false, problems };
}

export function fieldName(path: readonly PropertyKey[]): string {
  return path.length ? path.map((p) => (typeof p === "number" ? `[${p}]` : String(p))).join(".").replace(/\.\[/g, "[") : "front matter";
}

/** The known name within two edits of `word`, to suggest for a typo. */
export function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}
