import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadContent } from "../../src/content/load.ts";
import { ACCOUNT_FIELDS, BRIEFING_FIELDS, correctionSchema, outletSchema, stanceSchema } from "../../src/content/schema.ts";
import { SAMPLE_SLUG, tempContent } from "../helpers/content.ts";
import { PAYLOADS } from "./corpus.ts";
import { KEY_FIELDS, PLACEMENTS, sourceText, yamlText, type SourceKind } from "./hostile-site.ts";

const placed = (source: SourceKind, depth = 0) => new Set(PLACEMENTS.filter((p) => p.source === source && p.path.length > depth).map((p) => String(p.path[depth])));

describe("the hostile site's reach", () => {
  it("puts payloads into every field of every source schema, so a new field is attacked the day it is added", () => {
    const correction = new Set(PLACEMENTS.filter((p) => p.path[0] === "corrections").map((p) => String(p.path[2])));
    const cases: [string, readonly string[], Set<string>, readonly string[]][] = [
      ["account", ACCOUNT_FIELDS, placed("account"), KEY_FIELDS.account],
      ["briefing", BRIEFING_FIELDS, placed("briefing"), []],
      ["outlet", Object.keys(outletSchema.shape), placed("outlet"), []],
      ["stance", Object.keys(stanceSchema.shape), placed("stance"), KEY_FIELDS.stance],
      // kind is one of three words and minor a boolean: neither can carry text.
      ["correction", Object.keys(correctionSchema.shape), correction, ["kind", "minor"]],
    ];
    for (const [source, fields, covered, keys] of cases) assert.deepEqual(fields.filter((f) => !covered.has(f) && !keys.includes(f)), [], `${source} fields without a payload`);
  });
});

/**
 * Fields with a format (URLs, dates, language) never reach a page with a payload that is not of
 * that format: the real loader, YAML and all, refuses it at the field's own line.
 */
describe("checked fields refuse attack strings", () => {
  const FIELDS = ["url", "archive", "lang", "date", "retrieved"] as const;

  it("refuses every payload that is not an http(s) URL in url and archive, and every one in date and retrieved", () => {
    const content = tempContent();
    try {
      const front = (payload: string) => ({ outlet: "rt", title: "T", stance: "reports", ...Object.fromEntries(FIELDS.map((f) => [f, payload])), corrections: [{ date: payload, kind: "update", note: "n" }] });
      const texts = PAYLOADS.map(({ payload }) => sourceText(front(payload), "Text."));
      texts.forEach((text, i) => content.write(`briefings/${SAMPLE_SLUG}/probe-${i}.md`, text));
      // Where a field's key stands in a probe.
      const lineOf = (text: string, field: string) => 1 + text.split("\n").findIndex((l) => (field === "corrections[0].date" ? /^\s+- date:/.test(l) : l.startsWith(`${field}:`)));
      const { problems } = loadContent(content.content);
      const scriptOrData = /^\s*(javascript|vbscript|data|file|blob):/i;
      assert.ok(PAYLOADS.filter((p) => scriptOrData.test(p.payload)).length >= 3, "the corpus has bare script and data URLs");
      PAYLOADS.forEach(({ payload }, i) => {
        const mine = problems.filter((p) => p.file.endsWith(`/probe-${i}.md`));
        const refused = new Set(mine.map((p) => p.field));
        for (const field of ["date", "retrieved", "corrections[0].date"]) assert.ok(refused.has(field), `${field}: ${JSON.stringify(payload)} is refused`);
        for (const field of ["url", "archive"]) {
          if (scriptOrData.test(payload)) assert.ok(refused.has(field), `${field}: ${JSON.stringify(payload)} is refused`);
          else if (!refused.has(field)) assert.match(new URL(payload.trim()).protocol, /^https?:$/, `${field} accepts only http(s): ${JSON.stringify(payload)}`);
        }
        if (!refused.has("lang")) assert.match(payload, /^[A-Za-z0-9-]+$/, `lang accepts only a language tag: ${JSON.stringify(payload)}`);
        for (const p of mine) assert.equal(p.line, lineOf(texts[i]!, p.field), `${p.field} of probe-${i}.md is reported at its own line`);
      });
    } finally {
      content.dispose();
    }
  });

  it("refuses every payload that is not an http(s) URL as an outlet's homepage", () => {
    const content = tempContent();
    try {
      const outlets = Object.fromEntries(PAYLOADS.map(({ payload }, i) => [`o-${i}`, { name: "N", homepage: payload, country: "C", ownership: "O" }]));
      content.write("_data/outlets.yaml", yamlText(outlets));
      const refused = new Set(loadContent(content.content).problems.filter((p) => p.file.endsWith("outlets.yaml")).map((p) => p.field));
      PAYLOADS.forEach(({ payload }, i) => {
        if (!refused.has(`o-${i}.homepage`)) assert.match(new URL(payload.trim()).protocol, /^https?:$/, JSON.stringify(payload));
      });
      assert.ok(refused.size > PAYLOADS.length / 2);
    } finally {
      content.dispose();
    }
  });
});
