import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadSiteConfig, SITE_FILE } from "../../src/content/site-config.ts";
import { SAMPLE_CONTENT, tempContent } from "../helpers/content.ts";

function withSiteFile(text: string | undefined) {
  const content = tempContent({ empty: true });
  if (text !== undefined) content.write(SITE_FILE, text);
  try {
    return loadSiteConfig(content.content);
  } finally {
    content.dispose();
  }
}

const summary = (result: ReturnType<typeof loadSiteConfig>) => result.problems.map((p) => `${p.line} ${p.field}: ${p.message}${p.hint ? ` (${p.hint})` : ""}`);

describe("the site configuration", () => {
  it("loads the shipped site.yaml", () => {
    const { config, problems } = loadSiteConfig(SAMPLE_CONTENT);
    assert.deepEqual(problems, []);
    assert.equal(config?.url, "https://parallax.example/");
    assert.equal(config?.language, "en");
  });

  it("normalises the base URL and the language tag", () => {
    const { config } = withSiteFile("title: T\nurl: HTTPS://Example.ORG\nlanguage: en-gb\ndescription: D\n");
    assert.equal(config?.url, "https://example.org/");
    assert.equal(config?.language, "en-GB");
  });

  it("names the line and field of each problem", () => {
    const result = withSiteFile("title: T\nurl: https://example.org/news/\nlanguage: english please\ndescripton: D\n");
    assert.equal(result.config, undefined);
    const lines = summary(result);
    assert.equal(lines.length, 4, lines.join("\n"));
    assert.match(lines[0]!, /^2 url: "https:\/\/example\.org\/news\/" is not the root of a site/);
    assert.match(lines[1]!, /^3 language: "english please" is not a BCP 47 language tag/);
    assert.match(lines.find((l) => l.includes("descripton"))!, /^4 descripton: is not a known field \(did you mean "description"\?\)/);
    assert.ok(lines.some((l) => /^1 description: is required/.test(l)), lines.join("\n"));
  });

  it("keeps the 50 newest briefings in the feeds unless told otherwise, and refuses a count that is not one", () => {
    const site = "title: T\nurl: https://example.org/\nlanguage: en\ndescription: D\n";
    assert.equal(withSiteFile(site).config?.feedEntries, 50);
    assert.equal(withSiteFile(`${site}feedEntries: 20\n`).config?.feedEntries, 20);
    assert.match(summary(withSiteFile(`${site}feedEntries: 0\n`))[0]!, /^5 feedEntries: must be at least 1/);
    assert.match(summary(withSiteFile(`${site}feedEntries: ten\n`))[0]!, /^5 feedEntries: must be a whole number of briefings, not the string "ten"/);
  });

  it("refuses a URL that is not http(s)", () => {
    assert.match(summary(withSiteFile("title: T\nurl: ftp://example.org/\nlanguage: en\ndescription: D\n"))[0]!, /url: "ftp:\/\/example\.org\/" is not an http\(s\) URL/);
  });

  it("says what the file is for when it is missing", () => {
    const [line] = summary(withSiteFile(undefined));
    assert.match(line!, /^1 file: is missing \(it names the site: title, url/);
  });
});
