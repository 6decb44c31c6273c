import path from "node:path";
import { problem, type Problem } from "../content/problems.ts";
import type { Draft } from "./draft.ts";
import { readHtml } from "./read-html.ts";
import { readMarkdown } from "./read-markdown.ts";
import { readText } from "./read-text.ts";

export type InputFormat = "text" | "html" | "markdown";
export type InputRead = { ok: true; format: InputFormat; draft: Draft } | { ok: false; problems: Problem[] };

/**
 * Reads one input file into a draft, whatever its format: plain text, a saved HTML page or markdown
 * with front matter. `file` is the path as reports show it; `replaced` names the fields the
 * command line gives, which the input's own values need not get right.
 */
export function readInput(file: string, bytes: Uint8Array, replaced: ReadonlySet<string>): InputRead {
  const sniffed = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  const format = inputFormat(file, sniffed);
  const text = decode(bytes, format === "html" ? declaredCharset(sniffed) : undefined);
  if (text === undefined) return fail(file, "is not valid UTF-8", "re-save the file as UTF-8");
  const lines = text.replace(/\r\n?/g, "\n").replace(INVISIBLE, "");
  if (format === "markdown") {
    const read = readMarkdown(file, lines, replaced);
    return read.ok ? { ok: true, format, draft: read.draft } : read;
  }
  const draft = format === "html" ? readHtml(lines) : readText(lines);
  if (!draft) return fail(file, "holds no article that Readability could find", "save the article's own page, or copy its text into a .txt file");
  return { ok: true, format, draft };
}

/**
 * Characters a page leaves in copied text that no one can see and the check refuses: zero-width
 * ones (and a byte order mark), direction controls, C0 controls other than tab and newline.
 * (C1 controls are left for the check to report: they are the trace of a wrong encoding.)
 */
const INVISIBLE = /[\u200b\u2060\ufeff\u180e\u202a-\u202e\u2066-\u2069\u0000-\u0008\u000b-\u001f\u007f]/gu;

/** By extension, else by the first bytes. */
export function inputFormat(file: string, start: string): InputFormat {
  const extension = path.extname(file).toLowerCase();
  if ([".html", ".htm", ".xhtml"].includes(extension)) return "html";
  if ([".md", ".markdown"].includes(extension)) return "markdown";
  if ([".txt", ".text"].includes(extension)) return "text";
  if (/^\uFEFF?\s*(?:<!doctype html|<html[\s>])/i.test(start)) return "html";
  if (/^\uFEFF?---\r?\n/.test(start)) return "markdown";
  return "text";
}

/** The charset a page declares in its first bytes (`<meta charset>` or `http-equiv`), as browsers read it. */
function declaredCharset(start: string): string | undefined {
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(start)?.[1];
}

function decode(bytes: Uint8Array, charset: string | undefined): string | undefined {
  for (const label of [charset, "utf-8"]) {
    if (!label) continue;
    try {
      return new TextDecoder(label, { fatal: true }).decode(bytes);
    } catch {
      // an unknown label or bytes it cannot read: try UTF-8
    }
  }
  return undefined;
}

function fail(file: string, message: string, hint: string): InputRead {
  return { ok: false, problems: [problem({ file, line: 1, field: "file", message, hint })] };
}
