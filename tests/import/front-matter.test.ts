import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseSourceFile } from "../../src/content/source-file.ts";
import { ACCOUNT_FIELDS, accountSchema } from "../../src/content/schema.ts";
import { composeSource, sourceProblems } from "../../src/import/front-matter.ts";

describe("writing front matter", () => {
  const fields = { lang: "en", stance: "reports", title: "1984", date: "2024-10-23", outlet: "rt", subtitle: "NO", byline: "yes", credits: "Kyiv: the view", url: undefined };

  it("puts the fields in the schema's order, leaves out absent ones and quotes what a YAML reader could misread", () => {
    assert.equal(
      composeSource(fields, ACCOUNT_FIELDS, "Text.\n"),
      ["---", "outlet: rt", 'title: "1984"', 'date: "2024-10-23"', "stance: reports", 'subtitle: "NO"', 'byline: "yes"', 'credits: "Kyiv: the view"', "lang: en", "---", "Text.", ""].join("\n"),
    );
  });

  it("writes what the build reads back as the same text, and says when it would not pass", () => {
    const text = composeSource(fields, ACCOUNT_FIELDS, "Text.\n");
    const parsed = parseSourceFile("a.md", Buffer.from(text));
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.source.data, Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)));
    assert.deepEqual(sourceProblems("a.md", text, accountSchema, ACCOUNT_FIELDS), []);
    const [problem] = sourceProblems("a.md", composeSource({ ...fields, date: "2024-02-30" }, ACCOUNT_FIELDS, "Text.\n"), accountSchema, ACCOUNT_FIELDS);
    assert.equal(problem?.line, 4);
    assert.equal(problem?.field, "date");
  });
});
