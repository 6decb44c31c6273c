import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "parse5";
import { scanAttributes } from "../../src/site/html-attributes.ts";

const NAMES = new Set(["id", "name", "href", "src"]);

/** What the scanner reports, one `tag name=value @offset` line per attribute. */
function scanned(html: string): string[] {
  const lines: string[] = [];
  scanAttributes(Buffer.from(html), NAMES, (tag, name, value, offset) => lines.push(`${tag} ${name}=${value} @${offset}`));
  return lines;
}

interface Node {
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  sourceCodeLocation?: { attrs?: Record<string, { startOffset: number }> } | null;
}

/** The same, read from parse5's tree (scripting off, so `<noscript>` is markup), in document order. */
function parsed(html: string): string[] {
  const lines: string[] = [];
  const visit = (node: Node) => {
    for (const attr of node.attrs ?? []) {
      if (NAMES.has(attr.name)) lines.push(`${node.tagName} ${attr.name}=${attr.value} @${node.sourceCodeLocation?.attrs?.[attr.name]?.startOffset}`);
    }
    node.childNodes?.forEach(visit);
    if (node.content) visit(node.content);
  };
  visit(parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false }) as Node);
  return lines.sort((a, b) => Number(a.split("@")[1]) - Number(b.split("@")[1]));
}

/** Markup a tokenizer can get wrong, each case in a page of its own. */
const CASES = {
  "plain links and ids": '<p id="a">x</p><a href="/b/">b</a><img src="c.png" alt="">',
  "upper-case and repeated attributes": '<A HREF="/first/" href="/second/" ID=up>x</A>',
  "unquoted, single-quoted, spaced and empty values": "<a href=/u/>u</a><a href = '/s/' id=\"\">s</a><a href>e</a><a href=>f</a>",
  "no space between attributes, slashes, a stray equals sign": '<a href="/x/"id="y"/><a / href="/z/" =w>z</a><br/ id=q><p = id="eq">',
  "character references": '<a href="/a?b=1&amp;c=2&copy=3&notit">x</a><p id="&#x41;&lt;">y</p>',
  "a greater-than sign inside a quoted value": '<a href="/x/" title="a > b" id="after">x</a>',
  "comments, including abrupt and bang-closed ones": '<!-- <a href="/hidden/"> --><!--><a href="/1/">1</a><!---><a href="/2/">2</a><!-- x --!><a href="/3/">3</a>',
  "doctype, bogus comments, processing instructions": '<!DOCTYPE html><? <a href="/pi/"> ?><a href="/after-pi/">x</a></ x><a href="/after-bogus/">y</a></><a id="after-empty"></a>',
  "script, style, title and textarea text": '<title><a href="/t/"></title><script>if (a < b) document.write("</scripts><a href=\'/s/\'>")</script><style>a[href="/c/"]{}</style><textarea><a href="/ta/"></textarea><a href="/real/">r</a>',
  "end tags in other cases and with attributes": '<script>x</SCRIPT ><a href="/1/">1</a></a href="/ignored/"><a href="/2/">2</a>',
  "noscript as markup": '<noscript><a href="/nojs/">n</a><img src="/pixel.gif"></noscript>',
  "template content": '<template><a href="/in-template/" id="t">t</a></template>',
  "a less-than sign in text": '<p>1 < 2 and a<b, <3 <a href="/after/">x</a></p>',
};

describe("the attribute scanner", () => {
  for (const [name, body] of Object.entries(CASES)) {
    it(`reads ${name} as parse5 does`, () => {
      const html = `<!DOCTYPE html><html><head></head><body>${body}</body></html>`;
      const expected = parsed(html);
      assert.ok(expected.length > 0, "the case has attributes to find");
      assert.deepEqual(scanned(html), expected);
    });
  }

  it("decodes values as UTF-8 and gives byte offsets", () => {
    assert.deepEqual(scanned('<p>é😀</p><a href="/café/#ü">x</a>'), ["a href=/café/#ü @16"]);
  });

  it("stops reading markup at <plaintext>", () => {
    assert.deepEqual(scanned('<a id="before"></a><plaintext><a id="after">'), ["a id=before @3"]);
  });
});
