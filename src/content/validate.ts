import { distance } from "fastest-levenshtein";
import type { z } from "zod";
import { findTooDeepNesting, MAX_NESTING } from "../render/markdown.ts";
import { problem, type Problem } from "./problems.ts";
import { describe } from "./schema.ts";
import type { Locate } from "./yaml.ts";

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/**
 * Runs a schema and turns each zod issue into a problem at the field's own line; first the data is
 * scanned for what no schema says: reserved keys and characters an editor cannot see.
 */
export function check<S extends z.ZodType>(schema: S, data: unknown, file: string, locate: Locate, fields: readonly string[] = []): Checked<z.infer<S>> {
  const at = (path: readonly PropertyKey[]) => ({ file, ...locate(path), field: fieldName(path) });
  const unseen = findUnseen(data).map((u) => problem({ ...at(u.path), message: u.message, hint: u.hint }));
  const result = schema.safeParse(data);
  if (result.success && unseen.length === 0) return { ok: true, value: result.data };
  const issues = result.success ? [] : result.error.issues;
  const problems = issues.flatMap((issue): Problem[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.filter((key) => key !== RESERVED).map((key) => {
        const path = [...issue.path, key];
        const suggestion = closest(key, fields);
        return problem({ ...at(path), message: issue.message, hint: suggestion ? `did you mean "${suggestion}"?` : `known fields: ${fields.join(", ")}` });
      });
    }
    return [problem({ ...at(issue.path), message: plainMessage(issue, data) })];
  });
  return { ok: false, problems: [...unseen, ...problems] };
}

/** Markdown (an account's body, a briefing's summary) that would not render in full; `place` maps its 0-based lines to the file. */
export function checkMarkdown(text: string, field: string, place: (line: number) => { file: string; line: number; col?: number }): Problem[] {
  const line = findTooDeepNesting(text);
  if (line === undefined) return [];
  return [problem({ ...place(line), field, message: `nests quotes or lists ${MAX_NESTING} levels deep; the text inside would not be shown`, hint: "flatten the quotes and lists: markdown reads no deeper" })];
}

/** `tags[1]`, `corrections[0].note`; an empty key shows as `""` so the field is never blank. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.length ? path.map((p) => (typeof p === "number" ? `[${p}]` : String(p) || '""')).join(".").replace(/\.\[/g, "[") : "front matter";
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

/** A YAML key that JavaScript objects treat as their prototype: zod drops it from records without a word. */
const RESERVED = "__proto__";

/**
 * Characters an editor cannot see that change how text reads or compares: control characters
 * (C1 ones are the trace of text copied in the wrong encoding), zero-width spaces that make two
 * names look alike, and direction controls that reorder the text after them, also beside the
 * field on the page (an outlet's name next to its stance).
 */
const INVISIBLE: { pattern: RegExp; kind: string; hint: string }[] = [
  { pattern: /[\u0080-\u009f]/u, kind: "control character", hint: "it is usually the trace of text copied in the wrong encoding: retype the characters around it" },
  { pattern: /[\u0000-\u0008\u000b-\u001f\u007f]/u, kind: "control character", hint: "delete it; retype the characters around it if unsure" },
  { pattern: /[\u200b\u2060\ufeff\u180e]/u, kind: "zero-width character", hint: "delete it; retype the characters around it if unsure" },
  { pattern: /[\u202a-\u202e\u2066-\u2069]/u, kind: "text-direction control", hint: "delete it: pages set each text's direction themselves" },
];

interface Unseen {
  path: PropertyKey[];
  message: string;
  hint: string;
}

function findUnseen(value: unknown, path: PropertyKey[] = []): Unseen[] {
  if (typeof value === "string") {
    if (LONE_SURROGATE.test(value)) return [{ path, message: "contains a broken character (half of a surrogate pair)", hint: "retype the text; a YAML \\u escape must name a whole character" }];
    for (const { pattern, kind, hint } of INVISIBLE) {
      const at = value.search(pattern);
      if (at < 0) continue;
      const code = value.codePointAt(at)!.toString(16).toUpperCase().padStart(4, "0");
      const after = at === 0 ? "at the start" : `after "${[...value.slice(Math.max(0, at - 20), at)].join("")}"`;
      return [{ path, message: `contains an invisible ${kind} (U+${code}) ${after}`, hint }];
    }
    return [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => findUnseen(item, [...path, i]));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) =>
      key === RESERVED ? [{ path: [...path, key], message: `"${RESERVED}" is a reserved name, not a field or key`, hint: "rename or remove it" }] : findUnseen(item, [...path, key]),
    );
  return [];
}

/** With the u flag a paired surrogate is one character, so only a broken half matches. */
const LONE_SURROGATE = /[\ud800-\udfff]/u;

const TYPE_WORDS: Record<string, string> = { object: "a set of fields", array: "a list" };

/** zod's own words ("Invalid input: expected object, received array") in the editors' terms. */
function plainMessage(issue: z.core.$ZodIssue, data: unknown): string {
  if (issue.code !== "invalid_type" || !issue.message.startsWith("Invalid input")) return issue.message;
  const found = issue.path.reduce<unknown>((value, key) => (value && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
  return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}, not ${describe(found)}`;
}
