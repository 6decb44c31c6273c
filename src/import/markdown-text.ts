import markdownIt from "markdown-it";
import TurndownService from "turndown";

// Raw HTML on, so that a tag in article text shows up as a token (and gets escaped) rather than
// passing for text.
const md = markdownIt("commonmark", { html: true });
const turndownEscape = new TurndownService().escape;

/** What a markdown block says without its markup: the text furniture rules read. */
export function plainText(markdown: string): string {
  const parts: string[] = [];
  for (const token of md.parse(markdown, {})) {
    if (token.type !== "inline") continue;
    for (const child of token.children ?? []) {
      if (child.type === "text" || child.type === "text_special" || child.type === "code_inline") parts.push(child.content);
      else if (child.type === "softbreak" || child.type === "hardbreak") parts.push(" ");
    }
    parts.push(" ");
  }
  return parts.join("").replace(/\s+/g, " ").trim();
}

/**
 * Markdown that reads as exactly `text`. Text that markdown would leave alone is kept as it is,
 * so an editor reads "[to]" rather than "\[to\]"; anything else is escaped.
 */
export function textToMarkdown(text: string): string {
  return readsAsItself(text) ? text : escapeMarkdown(text);
}

/** Turndown's escaping, plus `<` and entities, so that no raw HTML reaches the file. */
export function escapeMarkdown(text: string): string {
  return turndownEscape(text).replace(/</g, "\\<").replace(/&(?=#?\w+;)/g, "\\&");
}

function readsAsItself(text: string): boolean {
  const tokens = md.parse(text, {});
  if (tokens.length !== 3 || tokens[0]!.type !== "paragraph_open") return false;
  const children = tokens[1]!.children ?? [];
  return children.every((c) => c.type === "text") && children.map((c) => c.content).join("") === text;
}

/** A markdown text's blocks (separated by blank lines), each with the line it starts on. */
export function splitBlocks(markdown: string, firstLine = 1): { text: string; line: number }[] {
  const blocks: { text: string; line: number }[] = [];
  let current: string[] = [];
  let start = firstLine;
  markdown.split("\n").forEach((line, i) => {
    if (line.trim() === "") {
      if (current.length) blocks.push({ text: current.join("\n"), line: start });
      current = [];
      return;
    }
    if (!current.length) start = firstLine + i;
    current.push(line.trimEnd());
  });
  if (current.length) blocks.push({ text: current.join("\n"), line: start });
  return blocks;
}
