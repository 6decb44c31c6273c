import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createArticleMarkdown, isSafeArticleUrl } from "../../src/render/markdown.ts";

const md = createArticleMarkdown({ headingOffset: 3 });

describe("article markdown", () => {
  it("escapes raw HTML instead of passing it through", () => {
    const html = md.render('<script>alert(1)</script>\n\nText <img src=x onerror="alert(1)"> and <b>bold</b>');
    assert.doesNotMatch(html, /<script|<img|<b>/);
    assert.match(html, /&lt;script&gt;/);
  });

  it("prints template syntax as text", () => {
    assert.equal(md.render("{{ 7*7 }} {% include 'x' %}"), "<p>{{ 7*7 }} {% include 'x' %}</p>\n");
  });

  it("links only to http(s) and mailto", () => {
    const html = md.render("[a](JaVaScRiPt:alert(1)) [b](jav&#x61;script:x) [c](java\tscript:x) [d](vbscript:x) [e](data:text/html,x) [f](/local) [g](https://ok.example/) <javascript:alert(1)>");
    assert.equal((html.match(/<a /g) ?? []).length, 1);
    assert.match(html, /<a href="https:\/\/ok\.example\/" rel="nofollow noopener noreferrer">g<\/a>/);
  });

  it("links nowhere when the target is no address a browser could open (found by the fast-check property, seed 1361565178)", () => {
    assert.equal(md.render('<http://\u0000"><script>x</script> [a](https://) [b](http://exa mple.org)'), "<p>&lt;http://\ufffd&quot;&gt;&lt;script&gt;x&lt;/script&gt; [a](https://) [b](http://exa mple.org)</p>\n");
  });

  it("keeps the text of a link with no target, without linking to this page", () => {
    assert.equal(md.render("[]() and [the text]() and [**bold**]() and [ok](mailto:desk@example.org)"), '<p> and the text and <strong>bold</strong> and <a href="mailto:desk@example.org">ok</a></p>\n');
  });

  it("shows images as a note rather than loading them", () => {
    const html = md.render('![A "photo"](https://tracker.example/pixel.gif)');
    assert.doesNotMatch(html, /<img|tracker/);
    assert.match(html, /\[Image: A &quot;photo&quot;\]/);
  });

  it("demotes headings below the page outline, never past h6", () => {
    assert.match(md.render("# One\n\n### Three"), /<h4>One<\/h4>\n<h6>Three<\/h6>/);
  });

  it("reads schemes the way a browser would", () => {
    for (const url of ["javascript:x", " javascript:x", "JAVASCRIPT:x", "java\nscript:x", "data:image/svg+xml,x", "/path", "//evil.example", "https://", 'http://\u0000"']) assert.equal(isSafeArticleUrl(url), false, url);
    for (const url of ["https://a.example", "http://a.example/x?y", "mailto:desk@example.org"]) assert.equal(isSafeArticleUrl(url), true, url);
  });
});
