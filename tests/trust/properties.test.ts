import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, describe, it } from "node:test";
import fc from "fast-check";
import { parseHTML } from "linkedom";
import { compareAccounts } from "../../src/compare/index.ts";
import { loadContent } from "../../src/content/load.ts";
import { formatProblems, type Problem } from "../../src/content/problems.ts";
import { accountSchema, ACCOUNT_FIELDS, briefingSchema, outletRegistrySchema, stanceVocabularySchema } from "../../src/content/schema.ts";
import { parseSourceFile } from "../../src/content/source-file.ts";
import { check, checkMarkdown } from "../../src/content/validate.ts";
import { readYaml } from "../../src/content/yaml.ts";
import { createArticleMarkdown, findTooDeepNesting } from "../../src/render/markdown.ts";
import { runCli } from "../helpers/build.ts";
import { accountSource, SAMPLE_SLUG, tempContent } from "../helpers/content.ts";
import { findActiveContent } from "./active-content.ts";
import { CLOBBER_NAMES, hostileString } from "./corpus.ts";
import { sourceText } from "./hostile-site.ts";

const encode = (text: string) => new TextEncoder().encode(text);
const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;

/** A problem a person can act on: a place in a file, a field, a message, and no stack trace when printed. */
function assertWellFormed(problems: readonly Problem[]): void {
  for (const p of problems) {
    assert.ok(p.file && Number.isInteger(p.line) && p.line >= 1 && Number.isInteger(p.col) && p.col >= 1, JSON.stringify(p));
    assert.ok(p.field.length > 0 && p.message.length > 0, JSON.stringify(p));
  }
  if (problems.length) assert.doesNotMatch(formatProblems(problems), STACK_TRACE);
}

/** Everything the validator runs on one source file: the split, every schema, the markdown check. */
function validate(bytes: Uint8Array): Problem[] {
  const parsed = parseSourceFile("probe.md", bytes);
  if (!parsed.ok) return parsed.problems;
  const { data, locate, body, bodyLine } = parsed.source;
  const results = [accountSchema, briefingSchema, outletRegistrySchema, stanceVocabularySchema].map((schema) => check(schema, data, "probe.md", locate, ACCOUNT_FIELDS));
  return [...results.flatMap((r) => (r.ok ? [] : r.problems)), ...checkMarkdown(body, "body", (line) => ({ file: "probe.md", line: bodyLine + line }))];
}

/** Front-matter lines as an editor might mistype them: known and unknown keys, raw (unquoted) hostile values. */
const frontMatterLines = fc.array(
  fc.tuple(fc.oneof(fc.constantFrom(...ACCOUNT_FIELDS, "__proto__", "constructor", "tags"), hostileString({ maxLength: 12 })), hostileString(), fc.constantFrom("", "  ", "\t", "- ")),
  { maxLength: 8 },
).map((lines) => lines.map(([key, value, indent]) => `${indent}${key}: ${value}`).join("\n"));

/** Markdown built from markdown's own syntax, attack strings and any text at all. */
const markdownText = fc
  .array(fc.oneof(fc.constantFrom("[", "](", ")", "<", ">", "![", "`", "*", "_", "#", "\n", "\n\n", "> ", "- ", "1. ", "&#", ";", ":", "javascript:", "http://", "\\", "[r]: ", "<!--", "\t"), hostileString()), { maxLength: 40 })
  .map((parts) => parts.join(""));

describe("the validator never throws: it returns problems", () => {
  it("for any bytes at all", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 3_000 }), (bytes) => assertWellFormed(validate(bytes))), { numRuns: 500 });
  });

  it("for any front matter and body", () => {
    fc.assert(
      fc.property(frontMatterLines, markdownText, fc.boolean(), (front, body, closed) => assertWellFormed(validate(encode(`---\n${front}\n${closed ? "---\n" : ""}${body}`)))),
      { numRuns: 1_000 },
    );
  });

  it("for any registry text", () => {
    fc.assert(
      fc.property(frontMatterLines, (text) => {
        const yaml = readYaml("registry.yaml", text);
        if (!yaml.ok) return assertWellFormed(yaml.problems);
        for (const schema of [outletRegistrySchema, stanceVocabularySchema]) {
          const result = check(schema, yaml.data, "registry.yaml", yaml.locate);
          if (!result.ok) assertWellFormed(result.problems);
        }
      }),
      { numRuns: 500 },
    );
  });

  describe("loading a whole content folder", () => {
    const content = tempContent();
    after(() => content.dispose());
    it("with any account beside the sample's", () => {
      fc.assert(
        fc.property(frontMatterLines, markdownText, (front, body) => {
          content.write(`briefings/${SAMPLE_SLUG}/probe.md`, `---\n${front}\n---\n${body}`);
          const { site, problems } = loadContent(content.content);
          assertWellFormed(problems);
          assert.equal(site === undefined, problems.some((p) => p.severity === "error"));
        }),
        { numRuns: 100 },
      );
    });
  });
});

describe("rendering never emits active content", () => {
  /** What article markdown may produce, and nothing more. */
  const ELEMENTS = new Set(["p", "h3", "h4", "h5", "h6", "a", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "hr", "br", "span"]);
  const ATTRIBUTES = new Set(["href", "title", "rel", "class", "start"]);

  for (const headingOffset of [2, 3]) {
    it(`renders any markdown into plain elements, safe links and no markup of its own (headings from h${headingOffset + 1})`, () => {
      const md = createArticleMarkdown({ headingOffset });
      fc.assert(
        fc.property(markdownText, (text) => {
          const { document } = parseHTML(`<!doctype html><html><body>${md.render(text)}</body></html>`);
          assert.deepEqual(findActiveContent(document as unknown as Document, "https://parallax.example/briefings/x/", CLOBBER_NAMES), []);
          for (const el of document.body.querySelectorAll("*")) {
            assert.ok(ELEMENTS.has(el.localName), `<${el.localName}> from ${JSON.stringify(text)}`);
            for (const name of el.getAttributeNames()) assert.ok(ATTRIBUTES.has(name), `${name}= from ${JSON.stringify(text)}`);
            if (el.localName === "a") assert.match(el.getAttribute("href") ?? "", /^(https?|mailto):/i);
          }
        }),
        { numRuns: 1_000 },
      );
    });
  }

  it("shows every word of markdown it does not refuse for nesting", () => {
    const md = createArticleMarkdown({ headingOffset: 3 });
    const prefix = fc.array(fc.constantFrom("> ", "- ", "1. ", "* "), { maxLength: 30 });
    fc.assert(
      fc.property(fc.array(prefix, { minLength: 1, maxLength: 5 }), (lines) => {
        const text = lines.map((p, i) => `${p.join("")}word${i}`).join("\n");
        if (findTooDeepNesting(text) !== undefined) return;
        const html = md.render(text);
        lines.forEach((_, i) => assert.ok(html.includes(`word${i}`), `word${i} of ${JSON.stringify(text)}`));
      }),
      { numRuns: 1_000 },
    );
  });
});

describe("the title text round-trips into the page", () => {
  it("prints every title the validator accepts exactly, in the heading, the <title> and the JSON-LD", { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(fc.array(hostileString({ maxLength: 60 }), { minLength: 10, maxLength: 25 }), (titles) => {
        const content = tempContent();
        try {
          const index = (title: string) => sourceText({ title, claim: "Something happened." });
          // The validator decides which titles are fit; every one it refuses must be refused for its title.
          const accepted = titles.filter((title) => {
            const problems = validateBriefing(index(title));
            assert.ok(problems.every((p) => p.field === "title"), JSON.stringify(problems));
            return problems.length === 0;
          });
          accepted.forEach((title, i) => {
            content.write(`briefings/t-${i}/index.md`, index(title));
            content.write(`briefings/t-${i}/rt.md`, accountSource());
          });
          const run = runCli(["build", "--content", content.content, "--out", content.out], { timeout: 180_000 });
          assert.equal(run.status, 0, run.stderr);
          accepted.forEach((title, i) => {
            const pagePath = path.join(content.out, `briefings/t-${i}/index.html`);
            const { document } = parseHTML(readFileSync(pagePath, "utf8"));
            const expected = title.trim();
            assert.equal(document.querySelector("h1")?.textContent, expected);
            assert.ok(document.querySelector("title")?.textContent?.startsWith(expected), "<title>");
            const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? "") as { headline?: string });
            assert.ok(jsonLd.some((data) => data.headline === expected), "JSON-LD headline");
            assert.deepEqual(findActiveContent(document as unknown as Document, `https://parallax.example/briefings/t-${i}/`, CLOBBER_NAMES), []);
          });
        } finally {
          content.dispose();
        }
      }),
      { numRuns: 3 },
    );
  });
});

function validateBriefing(text: string): Problem[] {
  const parsed = parseSourceFile("index.md", encode(text));
  if (!parsed.ok) return parsed.problems;
  const result = check(briefingSchema, parsed.source.data, "index.md", parsed.source.locate);
  return result.ok ? [] : result.problems;
}

describe("the comparison engine returns for any two inputs", () => {
  const LANGS = ["en", "en-GB", "de", "fr", "ru", "uk", "ar", "he", "zh-Hans", "ja", "pt-BR", "und"];
  const words = fc.array(fc.oneof(fc.constantFrom("Austin", "said", "the", "Pentagon", "troops", "\"", "“", "”", "10,000", "3.5%", "denied", "he", "she", "Russia.", "North", "Korea", "!", "?", "…", "\n"), hostileString({ maxLength: 20 })), { maxLength: 40 }).map((w) => w.join(" "));
  const account = (id: string) =>
    fc.record({ id: fc.constant(id), outlet: hostileString({ maxLength: 20 }), lang: fc.constantFrom(...LANGS), title: words, paragraphs: fc.array(words, { maxLength: 6 }) });

  it("compares any two accounts, and the same two alike every time", () => {
    fc.assert(
      fc.property(account("a"), account("b"), (a, b) => {
        const result = compareAccounts([a, b]);
        assert.deepEqual(result.accounts.map((x) => x.id), ["a", "b"]);
        assert.deepEqual(JSON.parse(JSON.stringify(compareAccounts([a, b]))), JSON.parse(JSON.stringify(result)));
      }),
      { numRuns: 300 },
    );
  });
});
