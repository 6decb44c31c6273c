import { isProbablyReaderable, Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import TurndownService from "turndown";
import type { Draft } from "./draft.ts";
import { escapeMarkdown, plainText, splitBlocks } from "./markdown-text.ts";
import { readPageMetadata } from "./page-metadata.ts";

/**
 * A saved HTML page: metadata from the page's head, the article found by Mozilla's Readability
 * (what Firefox's reader view shows) and turned into markdown by turndown. Undefined when the
 * page holds no article.
 */
export function readHtml(html: string): Draft | undefined {
  const { document } = parseHTML(html) as unknown as { document: Document };
  // Readability's own test of whether there is an article at all (a login page, an index), with a
  // lower bar than Firefox's so that a short news brief still counts.
  if (!isProbablyReaderable(document, { minContentLength: 80, minScore: 8 })) return undefined;
  const metadata = readPageMetadata(document); // before Readability, which rewrites the document
  const article = new Readability(document).parse();
  if (!article?.content) return undefined;

  const blocks = splitBlocks(turndown.turndown(article.content)).map(({ text }) => ({ text }));
  const { description, ...fields } = metadata;
  const title = fields.title ?? textOrUndefined(article.title);
  const subtitle = fields.subtitle ?? (description && standfirst(description, blocks[0]?.text));
  return {
    fields: {
      ...fields,
      ...(title ? { title } : {}),
      ...(subtitle ? { subtitle } : {}),
      ...(!fields.byline && article.byline ? { byline: article.byline.replace(/^by\s+/i, "").trim() } : {}),
      ...(!fields.lang && article.lang ? { lang: article.lang } : {}),
    },
    blocks,
    subtitleMayLead: false,
  };
}

/** A page's description is its standfirst unless it is cut short or only repeats the opening paragraph. */
function standfirst(description: string, opening: string | undefined): string | undefined {
  const normal = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
  if (/(?:…|\.\.\.)$/.test(description) || description.length > 300) return undefined;
  if (opening && normal(plainText(opening)).startsWith(normal(description).replace(/[.!?]$/, ""))) return undefined;
  return description;
}

function textOrUndefined(value: string | null | undefined): string | undefined {
  return value?.trim() || undefined;
}

const turndown = new TurndownService({
  headingStyle: "atx",
  hr: "---",
  bulletListMarker: "-",
  codeBlockStyle: "fenced",
  emDelimiter: "_",
  strongDelimiter: "**",
});
// Text that looks like markup stays text: no raw HTML reaches the account.
turndown.escape = escapeMarkdown;
const NOT_TEXT = new Set(["script", "style", "noscript", "template", "iframe", "object", "embed", "form", "button", "input", "select", "textarea", "svg", "canvas", "audio", "video"]);
turndown.remove((node) => NOT_TEXT.has(node.nodeName.toLowerCase()));
// A figure becomes an image carrying its caption, so the furniture rules drop (and report) it whole.
turndown.addRule("figure", {
  filter: ["figure", "picture"],
  replacement: (_content, node) => {
    const element = node as HTMLElement;
    const image = element.querySelector("img");
    const caption = (element.querySelector("figcaption")?.textContent ?? image?.getAttribute("alt") ?? "").replace(/\s+/g, " ").trim();
    const src = (image?.getAttribute("src") ?? "").replace(/[()\s]/g, encodeURIComponent);
    return `\n\n![${escapeMarkdown(caption)}](${src})\n\n`;
  },
});
