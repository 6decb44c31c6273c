import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { prepareAccount } from "../../src/import/account.ts";
import { furnitureRules } from "../../src/import/furniture.ts";
import { plainText } from "../../src/import/markdown-text.ts";
import { readText } from "../../src/import/read-text.ts";
import { hostileString } from "./corpus.ts";

/** Lines a copied page is made of: prose, hostile strings, and lines that look like furniture. */
const line = fc.oneof(
  hostileString({ maxLength: 200 }),
  fc.constantFrom("Read more", "CLICK HERE TO GET THE APP", "Add Comment", "BREAKING NEWS IN CAPITALS", "Share this article", "AP contributed to this report."),
  fc.lorem({ maxCount: 3, mode: "sentences" }),
);

describe("the importer never loses body text it was not told to drop", () => {
  it("keeps every line after the headline as body, subtitle or a reported removal", () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 2, maxLength: 12 }), (lines) => {
        const text = lines.map((l) => l.replace(/\n/g, " ")).join("\n");
        const draft = readText(text);
        const prepared = prepareAccount("probe.txt", draft, { outlet: "rt", stance: "reports", given: { date: "2024-10-23" }, rules: furnitureRules([]) });
        if (!prepared.ok) return; // refused with a problem: nothing is written, so nothing is lost
        const removed = new Set(prepared.removed.map((r) => r.block));
        const body = prepared.account.body.split("\n\n").map((b) => plainText(b.trim()));
        const subtitle = prepared.account.fields.subtitle;
        for (const block of draft.blocks) {
          if (removed.has(block)) continue;
          const said = plainText(block.text);
          assert.ok(body.includes(said) || subtitle === said, `lost: ${JSON.stringify(said)}`);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("prints each kept line's text exactly: markdown escaping round-trips", () => {
    fc.assert(
      fc.property(hostileString({ maxLength: 300 }), (raw) => {
        // Control characters are stripped when the input is read (read-input.ts), before this step.
        const said = raw.replace(/[\u0000-\u001f\u007f-\u009f]/g, "").replace(/\s+/g, " ").trim();
        fc.pre(said.length > 0);
        const [block] = readText(`Headline\n${said}`).blocks;
        assert.equal(plainText(block!.text), said);
      }),
      { numRuns: 500 },
    );
  });
});
