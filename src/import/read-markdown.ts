import { ACCOUNT_FIELDS, accountSchema } from "../content/schema.ts";
import { parseSourceFile } from "../content/source-file.ts";
import { check } from "../content/validate.ts";
import type { Problem } from "../content/problems.ts";
import type { AccountFields, Draft } from "./draft.ts";
import { splitBlocks } from "./markdown-text.ts";

export type MarkdownRead = { ok: true; draft: Draft } | { ok: false; problems: Problem[] };

/**
 * A markdown file with front matter, e.g. an account written by hand: read with the build's own
 * rules, its fields checked by the account schema (except those the command line replaces).
 */
export function readMarkdown(file: string, text: string, replaced: ReadonlySet<string>): MarkdownRead {
  const parsed = parseSourceFile(file, new TextEncoder().encode(text));
  if (!parsed.ok) return parsed;
  const { data, body, bodyLine, locate } = parsed.source;
  const own = Object.fromEntries(Object.entries(data).filter(([key]) => !replaced.has(key)));
  const checked = check(accountSchema.partial(), own, file, locate, ACCOUNT_FIELDS);
  if (!checked.ok) return checked;
  // The values as written (trimmed), not the schema's output, which adds defaults the file did not have.
  const fields = Object.fromEntries(Object.entries(own).map(([key, value]) => [key, typeof value === "string" ? value.trim() : value])) as AccountFields;
  return { ok: true, draft: { fields, blocks: splitBlocks(body, bodyLine), subtitleMayLead: false } };
}
