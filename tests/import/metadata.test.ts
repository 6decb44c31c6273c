import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseHTML } from "linkedom";
import { dateFromMetadata, dateLine } from "../../src/import/dates.ts";
import { plainText, textToMarkdown } from "../../src/import/markdown-text.ts";
import { languageTag, readPageMetadata } from "../../src/import/page-metadata.ts";
import { readsAsSubtitle } from "../../src/import/read-text.ts";
import { cleanUrl, firstUrl } from "../../src/import/urls.ts";

const page = (head: string, htmlAttributes = "") => readPageMetadata(parseHTML(`<!doctype html><html ${htmlAttributes}><head>${head}</head><body><p>x</p></body></html>`).document as unknown as Document);
const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe("page metadata", () => {
  it("prefers a JSON-LD NewsArticle, found in a @graph, over Open Graph", () => {
    const metadata = page(
      `<meta property="og:title" content="OG headline"><meta property="article:published_time" content="2024-10-25T08:00:00Z">` +
        jsonLd({ "@graph": [{ "@type": "WebPage", headline: "Not this" }, { "@type": ["NewsArticle"], headline: "Kremlin: talks are off", alternativeHeadline: "Peskov spoke", datePublished: "2024-10-25T11:00:00+03:00", inLanguage: "ru", author: [{ "@type": "Person", name: "Olga Ivanova" }, { name: "Pyotr Smirnov" }, "Anna Lee"] }] }),
      'lang="en"',
    );
    assert.deepEqual(metadata, { title: "Kremlin: talks are off", subtitle: "Peskov spoke", byline: "Olga Ivanova, Pyotr Smirnov, and Anna Lee", date: "2024-10-25T11:00:00+03:00", lang: "ru" });
  });

  it("skips a broken JSON-LD block and takes any Article when there is no NewsArticle", () => {
    const metadata = page(`<script type="application/ld+json">{ broken, }</script>${jsonLd([{ "@type": "BlogPosting", headline: "A post", author: { name: "Jo Doe" } }])}`);
    assert.equal(metadata.title, "A post");
    assert.equal(metadata.byline, "Jo Doe");
  });

  it("falls back to Open Graph and <meta>: site name cut from the title, author URLs ignored, offsets re-spelled", () => {
    const metadata = page(
      `<meta property="og:site_name" content="Daily Herald"><meta property="og:title" content="Drones downed | Daily Herald">` +
        `<meta name="description" content="Ukraine’s air force said so"><meta name="author" content="https://example.com/staff">` +
        `<meta property="article:published_time" content="2024-10-24T09:41:07+0000"><meta property="og:locale" content="en_GB">` +
        `<link rel="canonical" href="https://example.com/story?utm_source=rss&amp;id=7#comments">`,
    );
    assert.deepEqual(metadata, { title: "Drones downed", description: "Ukraine’s air force said so", date: "2024-10-24T09:41:07Z", url: "https://example.com/story?id=7", lang: "en-GB" });
  });

  it("takes the canonical link, then og:url, then JSON-LD's page", () => {
    assert.equal(page(`<meta property="og:url" content="https://example.com/og">${jsonLd({ "@type": "NewsArticle", mainEntityOfPage: { "@id": "https://example.com/ld" } })}`).url, "https://example.com/og");
    assert.equal(page(jsonLd({ "@type": "NewsArticle", mainEntityOfPage: { "@id": "https://example.com/ld" } })).url, "https://example.com/ld");
  });

  it("says nothing it does not find", () => {
    assert.deepEqual(page("<title>Only a title</title>"), {});
  });
});

describe("dates from metadata and from text", () => {
  it("keeps ISO dates as written and re-spells the rest; a time without an offset keeps only its day", () => {
    assert.equal(dateFromMetadata("2024-10-23"), "2024-10-23");
    assert.equal(dateFromMetadata("2024-10-23T14:05:00.000Z"), "2024-10-23T14:05:00.000Z");
    assert.equal(dateFromMetadata("2024-10-23T10:05:00-0400"), "2024-10-23T10:05:00-04:00");
    assert.equal(dateFromMetadata("Wed, 23 Oct 2024 14:05:00 +0000"), "2024-10-23T14:05:00Z");
    assert.equal(dateFromMetadata("2024-10-23T14:05:00"), "2024-10-23");
    assert.equal(dateFromMetadata("October 23, 2024"), "2024-10-23");
    assert.equal(dateFromMetadata("yesterday"), undefined);
  });

  it("reads a line that is only a date, in the ways pages write them", () => {
    const cases: [string, ReturnType<typeof dateLine>][] = [
      ["Published October 23, 2024 2:05pm EDT", { kind: "published", day: "2024-10-23" }],
      ["23 Oct, 2024 14:05", { kind: "published", day: "2024-10-23" }],
      ["Wednesday, October 23rd, 2024", { kind: "published", day: "2024-10-23" }],
      ["Sept. 3, 2024", { kind: "published", day: "2024-09-03" }],
      ["Updated: Oct. 24, 2024 at 10:05 a.m. ET", { kind: "updated", day: "2024-10-24" }],
      ["Russia said on October 23, 2024 that it had no troops there", undefined],
      ["February 30, 2024", undefined],
    ];
    for (const [line, expected] of cases) assert.deepEqual(dateLine(line), expected, line);
  });
});

describe("URLs", () => {
  it("drops utm_* parameters and the fragment, keeps the rest, refuses other schemes", () => {
    assert.equal(cleanUrl("https://www.rt.com/news/606238-x/?utm_source=rss&utm_medium=rss&utm_campaign=RSS"), "https://www.rt.com/news/606238-x/");
    assert.equal(cleanUrl("https://example.com/a?id=3&UTM_term=x#top"), "https://example.com/a?id=3");
    assert.equal(cleanUrl("javascript:alert(1)"), undefined);
    assert.equal(cleanUrl("not a url"), undefined);
  });

  it("finds the URL written in a line, without its brackets and final punctuation", () => {
    assert.equal(firstUrl("published by RT at RT World News – (https://www.rt.com/news/1-x/?utm_source=rss)."), "https://www.rt.com/news/1-x/");
    assert.equal(firstUrl("no address here"), undefined);
  });

  it("reads language tags as BCP 47", () => {
    assert.equal(languageTag("en_us"), "en-US");
    assert.equal(languageTag("not a tag"), undefined);
  });
});

describe("text as markdown", () => {
  it("leaves text alone when markdown would read it as written", () => {
    const text = "“strongly called for the withdrawal of troops and [to] stop relevant cooperation” with Pyongyang";
    assert.equal(textToMarkdown(text), text);
  });

  it("escapes what markdown would change, and raw HTML", () => {
    for (const text of ["1. The first point", "# not a heading", "*stars*", "a <script>x</script> tag", "AT&amp;T"]) {
      const markdown = textToMarkdown(text);
      assert.notEqual(markdown, text);
      assert.equal(plainText(markdown), text, `${markdown} reads as ${text}`);
    }
  });

  it("tells a subtitle from a sentence by its end", () => {
    assert.equal(readsAsSubtitle("Pyongyang previously rejected the accusation, while the Kremlin called reports on the matter “contradictory”"), true);
    assert.equal(readsAsSubtitle("North Korean Dictator Kim Jong-Un has sent troops to Russia, the Pentagon confirmed Wednesday."), false);
    assert.equal(readsAsSubtitle("He called them “contradictory.”"), false);
  });
});
