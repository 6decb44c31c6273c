import { Document } from "yaml";
import type { z } from "zod";
import type { Problem } from "../content/problems.ts";
import { parseSourceFile } from "../content/source-file.ts";
import { check, checkMarkdown } from "../content/validate.ts";

/**
 * A source file's text: front matter with the fields in the given order, then the body. Values
 * are quoted wherever any YAML reader could take them for something other than text (YAML 1.1
 * reads `NO` as false and `2024-10-23` as a timestamp), and long lines are never folded.
 */
export function composeSource(fields: Record<string, unknown>, order: readonly string[], body: string): string {
  const ordered = Object.fromEntries(order.flatMap((key) => (fields[key] === undefined ? [] : [[key, fields[key]]])));
  const yaml = new Document(ordered, { schema: "yaml-1.1" }).toString({ lineWidth: 0 });
  return `---\n${yaml}---\n${body}`;
}

/** What `parallax check` would say about this text as `file`'s (registry keys aside): nothing when it passes. */
export function sourceProblems(file: string, text: string, schema: z.ZodType, fields: readonly string[]): Problem[] {
  const parsed = parseSourceFile(file, new TextEncoder().encode(text));
  if (!parsed.ok) return parsed.problems;
  const { data, locate, body, bodyLine } = parsed.source;
  const checked = check(schema, data, file, locate, fields);
  return [...(checked.ok ? [] : checked.problems), ...checkMarkdown(body, "body", (line) => ({ file, line: bodyLine + line }))];
}
