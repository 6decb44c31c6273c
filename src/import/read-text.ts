import type { Draft } from "./draft.ts";
import { textToMarkdown } from "./markdown-text.ts";

/**
 * Plain text as copied from a page: the first line is the headline, then one paragraph per line
 * (blank lines and surrounding spaces do not matter).
 */
export function readText(text: string): Draft {
  const lines = text
    .split("\n")
    .map((line, i) => ({ text: line.trim(), line: i + 1 }))
    .filter((l) => l.text !== "");
  const [headline, ...paragraphs] = lines;
  return {
    fields: headline ? { title: headline.text } : {},
    blocks: paragraphs.map((p) => ({ text: textToMarkdown(p.text), line: p.line })),
    subtitleMayLead: true,
  };
}

const FINAL_PUNCTUATION = /[.!?…:;,]["'”’»)\]]*$/;

/** A standfirst: short, and not a sentence (no final punctuation, closing quotes aside). */
export function readsAsSubtitle(text: string): boolean {
  return text.length <= 250 && !FINAL_PUNCTUATION.test(text);
}
