import { decodeHTMLAttribute } from "entities";

/**
 * Receives an attribute of a start tag as a browser's DOM would hold it: the element's tag name and
 * the attribute's name in lower case, its value with character references decoded, and the byte
 * offset of its name in the file.
 */
export type OnAttribute = (tag: string, name: string, value: string, offset: number) => void;

/** Elements whose content is text, not markup, up to their end tag (`<noscript>` is not: scripting is off). */
const TEXT_ELEMENTS = new Set(["script", "style", "xmp", "iframe", "noembed", "noframes", "title", "textarea"]);

const SPACE = 0x20, BANG = 0x21, DOUBLE_QUOTE = 0x22, SINGLE_QUOTE = 0x27, SLASH = 0x2f, EQUALS = 0x3d, GREATER_THAN = 0x3e, QUESTION = 0x3f;

/** Tab, line feed, form feed, carriage return, space. */
const isSpace = (c: number) => c === SPACE || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c;
const isLetter = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

/**
 * Calls `onAttribute` for every attribute among `names` (lower-case, at most 31) of every start tag
 * of an HTML file, in document order, tokenized as the HTML standard does: comments, `<script>` and
 * the other text elements are skipped, and a repeated attribute counts once, the first. No tree is
 * built and text is skipped with `indexOf`: on a large site this is many times faster than a
 * parser. Not handled, as built pages do not use them: CDATA sections in inline SVG or MathML, and
 * `<!--` escapes inside a script.
 *
 * The file is scanned as latin1, one character per byte: that costs no UTF-8 decoding of the whole
 * text, and offsets are in bytes. Only the values handed on are decoded, as the UTF-8 they are.
 */
export function scanAttributes(bytes: Buffer, names: ReadonlySet<string>, onAttribute: OnAttribute): void {
  const html = bytes.toString("latin1");
  const longest = Math.max(...[...names].map((name) => name.length));
  // Each wanted name's bit, for the set of those already seen in the current tag.
  const bits = new Map([...names].map((name, index) => [name, 1 << index]));
  let seen = 0;
  let tag = "";
  const visit = (nameStart: number, nameEnd: number, valueStart: number, valueEnd: number) => {
    // Most attributes (class, data-*) are longer than the ones asked for: not even read.
    if (nameEnd - nameStart > longest) return;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const bit = bits.get(name);
    if (bit === undefined || seen & bit) return;
    seen |= bit;
    onAttribute(tag, name, decodeValue(bytes, valueStart, valueEnd), nameStart);
  };
  let i = 0;
  while ((i = html.indexOf("<", i)) !== -1 && i + 1 < html.length) {
    const next = html.charCodeAt(i + 1);
    if (isLetter(next)) {
      const nameEnd = tagNameEnd(html, i + 1);
      tag = html.slice(i + 1, nameEnd).toLowerCase();
      seen = 0;
      const after = readAttributes(html, nameEnd, visit);
      if (tag === "plaintext") return;
      i = TEXT_ELEMENTS.has(tag) ? endTagOf(html, tag, after) : after;
    } else if (next === SLASH && isLetter(html.charCodeAt(i + 2))) {
      // An end tag: its attributes, if any, are read past and dropped.
      i = readAttributes(html, tagNameEnd(html, i + 2));
    } else if (next === BANG && html.startsWith("--", i + 2)) {
      i = commentEnd(html, i + 4);
    } else if (next === BANG || next === QUESTION || next === SLASH) {
      // A doctype, a bogus comment or `</>`: up to the next `>`.
      i = after(html, ">", i + 2) ?? html.length;
    } else {
      i++;
    }
  }
}

/** Where a tag's name that starts at `from` ends. */
function tagNameEnd(html: string, from: number): number {
  let j = from;
  while (j < html.length && !endsName(html.charCodeAt(j))) j++;
  return j;
}

const endsName = (c: number) => isSpace(c) || c === SLASH || c === GREATER_THAN;

/**
 * Reads a tag's attributes from `from` (past its name) as the standard's tokenizer does, giving
 * each one's name and value as offsets to `visit`; returns where the tag ends, past its `>`.
 */
function readAttributes(html: string, from: number, visit?: (nameStart: number, nameEnd: number, valueStart: number, valueEnd: number) => void): number {
  const end = html.length;
  let j = from;
  for (;;) {
    while (j < end && (isSpace(html.charCodeAt(j)) || html.charCodeAt(j) === SLASH)) j++;
    if (j >= end) return end;
    if (html.charCodeAt(j) === GREATER_THAN) return j + 1;
    const nameStart = j++; // a first `=` belongs to the name
    while (j < end && !endsName(html.charCodeAt(j)) && html.charCodeAt(j) !== EQUALS) j++;
    const nameEnd = j;
    while (j < end && isSpace(html.charCodeAt(j))) j++;
    let valueStart = j;
    let valueEnd = j;
    if (html.charCodeAt(j) === EQUALS) {
      j++;
      while (j < end && isSpace(html.charCodeAt(j))) j++;
      const quote = html.charCodeAt(j);
      if (quote === DOUBLE_QUOTE || quote === SINGLE_QUOTE) {
        valueStart = j + 1;
        valueEnd = html.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", valueStart);
        if (valueEnd === -1) return end;
        j = valueEnd + 1;
      } else {
        valueStart = j;
        while (j < end && !isSpace(html.charCodeAt(j)) && html.charCodeAt(j) !== GREATER_THAN) j++;
        valueEnd = j;
      }
    }
    visit?.(nameStart, nameEnd, valueStart, valueEnd);
  }
}

/**
 * A value's text, decoded from the file's bytes as UTF-8 (a string of its own, where a slice of the
 * latin1 text would keep the whole page in memory), with its character references decoded.
 */
function decodeValue(bytes: Buffer, start: number, end: number): string {
  const text = bytes.toString("utf8", start, end);
  return text.includes("&") ? decodeHTMLAttribute(text) : text;
}

/** Where a text element's content ends: at its end tag (`</script` then a space, `/` or `>`, in any case), or at the end of the file. */
function endTagOf(html: string, name: string, from: number): number {
  for (let i = html.indexOf("</", from); i !== -1; i = html.indexOf("</", i + 2)) {
    const after = html.charCodeAt(i + 2 + name.length);
    if (html.slice(i + 2, i + 2 + name.length).toLowerCase() === name && (isSpace(after) || after === SLASH || after === GREATER_THAN)) return i;
  }
  return html.length;
}

/** Where a comment opened at `from` (just past `<!--`) ends: `<!-->` and `<!--->` close at once, others at `-->` or `--!>`. */
function commentEnd(html: string, from: number): number {
  if (html.startsWith(">", from)) return from + 1;
  if (html.startsWith("->", from)) return from + 2;
  const ends = [after(html, "-->", from), after(html, "--!>", from)].filter((at) => at !== undefined);
  return ends.length ? Math.min(...ends) : html.length;
}

/** Just past the first `text` from `from` on, if there is one. */
function after(html: string, text: string, from: number): number | undefined {
  const at = html.indexOf(text, from);
  return at === -1 ? undefined : at + text.length;
}
