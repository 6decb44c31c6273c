import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseHTML } from "linkedom";
import { compareAccounts } from "../../src/compare/index.ts";
import { loadContent } from "../../src/content/load.ts";
import { renderArticle, sentenceId, withSentenceSpans } from "../../src/render/article.ts";
import { createArticleMarkdown } from "../../src/render/markdown.ts";
import { SAMPLE_CONTENT } from "../helpers/content.ts";

const md = withSentenceSpans(createArticleMarkdown({ headingOffset: 3 }));
const spansOf = (html: string) => [...parseHTML(`<div>${html}</div>`).document.querySelectorAll("span.sentence")].map((s) => ({ id: s.getAttribute("id"), text: s.textContent }));

describe("articles with sentence anchors", () => {
  it("numbers sentences exactly as the comparison engine does, on the sample accounts", () => {
    const accounts = loadContent(SAMPLE_CONTENT).site!.briefings.flatMap((b) => b.accounts);
    const rendered = accounts.map((a) => ({ account: a, ...renderArticle(md, a.body, a.lang, a.id) }));
    const comparison = compareAccounts(rendered.map((r) => ({ id: r.account.id, outlet: r.account.outlet.name, lang: r.account.lang, title: r.account.title, paragraphs: r.paragraphs })));
    for (const r of rendered) {
      const spans = spansOf(r.html);
      const sentences = comparison.sentences[r.account.id]!;
      assert.ok(sentences.length > 5);
      assert.deepEqual(
        spans.map((s) => [s.id, s.text]),
        sentences.map((s) => [sentenceId(r.account.id, s.index), s.text]),
      );
    }
  });

  it("gives the engine plain paragraphs, without markup", () => {
    const { paragraphs } = renderArticle(md, "One *two* [three](https://a.example).\n\n\n# Four\n\n- five `six`\n", "en", "x");
    assert.deepEqual(paragraphs, ["One two three.", "Four", "five six"]);
  });

  it("keeps nesting valid when a sentence ends inside a link, and every id still resolves", () => {
    const { html } = renderArticle(md, "Read [the report. It says](https://a.example) more. Last one.", "en", "x");
    const ids = spansOf(html).map((s) => s.id);
    assert.deepEqual(ids, ["x-s1", "x-s2", "x-s3"]);
    assert.match(html, /<a [^>]+>the report\. It says<\/a>/);
  });

  it("still escapes hostile text inside sentences", () => {
    const { html } = renderArticle(md, 'He said <script>alert(1)</script>. Then "x" <img src=x onerror=alert(2)>.', "en", "x");
    assert.doesNotMatch(html, /<script|<img/);
    assert.equal(spansOf(html).length, 2);
  });
});
