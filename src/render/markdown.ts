import markdownIt, { type MarkdownIt, type Token } from "markdown-it";

/**
 * markdown-it's commonmark preset stops reading blocks nested this deep and drops, without a word,
 * whatever is inside them; deeper nesting also costs recursion. Sources that reach it are refused.
 */
export const MAX_NESTING = 20;
const CONTAINERS = new Set(["blockquote_open", "bullet_list_open", "ordered_list_open", "list_item_open"]);

/** Schemes a link in article text may use; anything else renders as plain text. */
const SAFE_SCHEMES = new Set(["http:", "https:", "mailto:"]);

/**
 * True for absolute http(s) and mailto URLs that a browser can open: a relative link copied from
 * an outlet's page would point into this site. markdown-it has already entity-decoded the URL, so
 * `jav&#x61;script:` arrives here as what a browser would see. The WHATWG URL parser is the
 * browser's own: it strips what browsers strip (spaces and controls at the ends, tabs and newlines
 * inside) before it reads the scheme, and refuses what they could not open, such as a host of
 * forbidden characters (`<http://\0">` would otherwise become a link to nowhere).
 */
export function isSafeArticleUrl(url: string): boolean {
  try {
    return SAFE_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * The markdown pipeline for untrusted article text: raw HTML off, images shown as a note,
 * links limited to safe schemes, headings pushed below the page's own outline.
 */
export function createArticleMarkdown(options: { headingOffset: number }): MarkdownIt {
  const md = markdownIt("commonmark", { html: false, linkify: false, typographer: false, maxNesting: MAX_NESTING });
  md.disable(["html_block", "html_inline"]);
  md.validateLink = isSafeArticleUrl;
  // An image would make the reader's browser fetch from a third party: say it was there instead.
  md.renderer.rules.image = (tokens, idx) => `<span class="image-note">[Image${tokens[idx]!.content ? `: ${md.utils.escapeHtml(tokens[idx]!.content)}` : ""}]</span>`;
  md.core.ruler.push("demote_headings", (state) => {
    for (const token of state.tokens) {
      if (token.type === "heading_open" || token.type === "heading_close") token.tag = demote(token.tag, options.headingOffset);
    }
  });
  md.core.ruler.push("link_targets", (state) => {
    for (const token of state.tokens) if (token.children) token.children = withSafeLinks(token.children);
  });
  return md;
}

const outline = createArticleMarkdown({ headingOffset: 0 });
const DEEP_PREFIX = new RegExp(`^[ \\t>*+\\-0-9.)]{${Math.floor((MAX_NESTING - 1) / 2)},}`, "m");

/**
 * The 0-based line of the first quote or list nested so deep that the text inside it would not
 * render (a container opened at the last level markdown-it reads), or undefined when none is.
 */
export function findTooDeepNesting(markdown: string): number | undefined {
  // Each level of nesting opens with at least one marker or indent character at the start of a
  // line (a list level takes two levels), so text without a long such prefix cannot nest that
  // deep and needs no parse: most articles.
  if (!DEEP_PREFIX.test(markdown)) return undefined;
  const deep = outline.parse(markdown, {}).find((t) => CONTAINERS.has(t.type) && t.level >= MAX_NESTING - 1);
  return deep ? (deep.map?.[0] ?? 0) : undefined;
}

function demote(tag: string, offset: number): string {
  return `h${Math.min(6, Number(tag.slice(1)) + offset)}`;
}

/**
 * Links to other sites get rel="nofollow noopener noreferrer". A link whose target is not a safe
 * absolute URL keeps its text and loses the link: markdown-it checks a destination with
 * validateLink only when there is one, so `[text]()` would otherwise link to this very page.
 */
function withSafeLinks(children: Token[]): Token[] {
  const unlinked: boolean[] = [];
  return children.filter((token) => {
    if (token.type === "link_close") return !unlinked.pop();
    if (token.type !== "link_open") return true;
    const href = String(token.attrGet("href") ?? "");
    unlinked.push(!isSafeArticleUrl(href));
    if (/^https?:/i.test(href)) token.attrSet("rel", "nofollow noopener noreferrer");
    return !unlinked.at(-1);
  });
}
