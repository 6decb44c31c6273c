import type { Env, MarkdownIt, Token } from "markdown-it";
import { baseLanguage } from "../text/language.ts";
import { splitSentences, type SentenceSpan } from "../text/sentences.ts";

/** An article parsed once: the plain paragraphs the comparison reads, and the HTML the page shows. */
export interface RenderedArticle {
  html: string;
  /** Plain text of each non-empty block, in reading order: the comparison engine's input. */
  paragraphs: string[];
  /** The sentences of each paragraph, as the page numbers them: the comparison reads these too. */
  sentences: SentenceSpan[][];
}

interface ArticleEnv extends Env {
  lang: string;
  idPrefix: string;
  paragraphs: string[];
  paragraphSentences: SentenceSpan[][];
  /** Sentences numbered so far. */
  sentences: number;
}

/** The fragment id of sentence `index` (1-based, as the comparison numbers them) of an account. */
export function sentenceId(accountId: string, index: number): string {
  return `${accountId}-s${index}`;
}

/**
 * Adds the `sentence_spans` rule to an article pipeline: every sentence of the text becomes a
 * `<span class="sentence" id="…">`, numbered as the comparison engine numbers them (the same
 * splitter over the same plain text), so a finding can link to its sentence and `:target`
 * highlights it without JavaScript.
 */
export function withSentenceSpans(md: MarkdownIt): MarkdownIt {
  md.core.ruler.push("sentence_spans", (state) => {
    const env = state.env;
    if (!isArticleEnv(env)) return; // rendered without renderArticle: nothing to number
    for (const token of state.tokens) {
      if (token.type !== "inline" || !token.children) continue;
      const { plain, offsets } = plainText(token.children);
      if (plain.trim() === "") continue;
      const spans = splitSentences(plain, baseLanguage(env.lang));
      env.paragraphs.push(plain);
      env.paragraphSentences.push(spans);
      const ids = spans.map((_, i) => sentenceId(env.idPrefix, env.sentences + i + 1));
      env.sentences += spans.length;
      token.children = wrapSentences(token.children, offsets, spans, ids, (type, nesting) => new state.Token(type, nesting === 0 ? "" : "span", nesting));
    }
  });
  return md;
}

function isArticleEnv(env: Env): env is ArticleEnv {
  return typeof env.idPrefix === "string" && typeof env.lang === "string" && Array.isArray(env.paragraphs) && Array.isArray(env.paragraphSentences) && typeof env.sentences === "number";
}

export function renderArticle(md: MarkdownIt, body: string, lang: string, accountId: string): RenderedArticle {
  const env: ArticleEnv = { lang, idPrefix: accountId, paragraphs: [], paragraphSentences: [], sentences: 0 };
  const html = md.renderer.render(md.parse(body, env), md.options, env);
  return { html, paragraphs: env.paragraphs, sentences: env.paragraphSentences };
}

/** The text a reader sees in an inline run, and where each child's text starts in it. */
function plainText(children: Token[]): { plain: string; offsets: number[] } {
  let plain = "";
  const offsets = children.map((child) => {
    const start = plain.length;
    if (child.type === "text" || child.type === "code_inline") plain += child.content;
    else if (child.type === "softbreak" || child.type === "hardbreak") plain += " ";
    return start;
  });
  return { plain, offsets };
}

type MakeToken = (type: string, nesting: 1 | 0 | -1) => Token;

/**
 * Splits text children at sentence boundaries and puts each sentence in a span. A boundary
 * inside a link or emphasis would break nesting; then the whole run becomes one span carrying
 * the first sentence's id, with empty anchors for the others so every fragment still resolves.
 */
function wrapSentences(children: Token[], offsets: number[], spans: { start: number; end: number }[], ids: string[], make: MakeToken): Token[] {
  const open = (id: string) => {
    const token = make("sentence_open", 1);
    token.attrs = [["id", id], ["class", "sentence"]];
    return token;
  };
  const close = () => make("sentence_close", -1);
  const boundaries = [...new Set(spans.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  if (!boundariesAtTopLevel(children, offsets, boundaries)) {
    const anchors = ids.slice(1).map((id) => [open(id), close()]).flat();
    return [open(ids[0]!), ...children, close(), ...anchors];
  }

  const out: Token[] = [];
  let sentence = 0;
  let inside = false;
  const emitAt = (position: number) => {
    while (inside && spans[sentence]!.end <= position) {
      out.push(close());
      inside = false;
      sentence++;
    }
    if (!inside && sentence < spans.length && spans[sentence]!.start <= position) {
      out.push(open(ids[sentence]!));
      inside = true;
    }
  };
  children.forEach((child, i) => {
    const start = offsets[i]!;
    if (child.type !== "text") {
      emitAt(start);
      out.push(child);
      return;
    }
    let cursor = 0;
    const cuts = boundaries.filter((b) => b > start && b < start + child.content.length);
    for (const cut of [...cuts, start + child.content.length]) {
      emitAt(start + cursor);
      const piece = child.content.slice(cursor, cut - start);
      if (piece) {
        const text = make("text", 0);
        text.content = piece;
        out.push(text);
      }
      cursor = cut - start;
    }
  });
  emitAt(Number.POSITIVE_INFINITY);
  if (inside) out.push(close());
  return out;
}

/** Whether every boundary falls where no link or emphasis is open. */
function boundariesAtTopLevel(children: Token[], offsets: number[], boundaries: number[]): boolean {
  let depth = 0;
  const openRanges: [number, number][] = [];
  let openedAt = 0;
  children.forEach((child, i) => {
    if (child.nesting === 1) {
      if (depth === 0) openedAt = offsets[i]!;
      depth++;
    } else if (child.nesting === -1) {
      depth--;
      if (depth === 0) openRanges.push([openedAt, offsets[i]!]);
    }
  });
  return boundaries.every((b) => openRanges.every(([from, to]) => b <= from || b >= to));
}
