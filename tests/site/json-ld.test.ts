import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadContent } from "../../src/content/load.ts";
import { loadSiteConfig } from "../../src/content/site-config.ts";
import { briefingPageView, buildSiteView } from "../../src/render/view.ts";
import { serializeJsonLd } from "../../src/site/json-ld.ts";
import { SAMPLE_CONTENT, SAMPLE_SLUG } from "../helpers/content.ts";

describe("JSON-LD", () => {
  const config = loadSiteConfig(SAMPLE_CONTENT).config!;
  const view = buildSiteView(loadContent(SAMPLE_CONTENT).site!, config);
  const briefing = briefingPageView(view.briefings.find((b) => b.slug === SAMPLE_SLUG)!, config);
  const data = JSON.parse(briefing.jsonLd);

  it("describes the briefing at its canonical URL", () => {
    assert.equal(data["@context"], "https://schema.org");
    assert.equal(data.url, `https://parallax.example/briefings/${SAMPLE_SLUG}/`);
    assert.equal(data.headline, briefing.title);
    assert.equal(data.description, briefing.claim);
    assert.deepEqual(data.publisher, { "@type": "Organization", name: "Parallax", url: "https://parallax.example/" });
  });

  it("cites each account as a NewsArticle with headline, publisher, date and URL", () => {
    const citations = data.citation as Record<string, unknown>[];
    assert.equal(citations.length, briefing.accounts.length);
    const rt = citations.find((c) => (c.publisher as { name: string }).name === "RT")!;
    assert.equal(rt["@type"], "NewsArticle");
    assert.equal(rt.headline, "Pentagon believes North Korean troops are in Russia");
    assert.equal(rt.datePublished, "2024-10-23");
    assert.equal(rt.url, "https://www.rt.com/news/606238-pentagon-north-korean-troops-russia/");
    assert.deepEqual(rt.publisher, { "@type": "Organization", name: "RT", url: "https://www.rt.com/" });
    // Fox News's account has no known original: it is cited where its text is on this page.
    const fox = citations.find((c) => (c.publisher as { name: string }).name === "Fox News")!;
    assert.equal(fox.url, `https://parallax.example/briefings/${SAMPLE_SLUG}/#account-fox-news`);
  });

  it("cannot close its script element or open a comment, whatever the source text holds", () => {
    const hostile = "</script><script>alert(1)</script><!-- & \u2028\u2029 </SCRIPT >";
    const text = serializeJsonLd({ headline: hostile, keywords: [hostile] });
    assert.doesNotMatch(text, /<\/script|<!--|[<>&\u2028\u2029]/i);
    assert.deepEqual(JSON.parse(text), { headline: hostile, keywords: [hostile] });
  });
});
