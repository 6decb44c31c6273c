import assert from "node:assert/strict";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { after, describe, it } from "node:test";
import { loadContent } from "../../src/content/load.ts";
import { parseSourceFile } from "../../src/content/source-file.ts";
import { parallax } from "../cli/capture.ts";
import { ROOT, SAMPLE_CONTENT, SAMPLE_SLUG, tempContent } from "../helpers/content.ts";

// The seeds and their hand-labelled gold live beside the repository (../shared), not in it.
const SHARED = path.resolve(ROOT, "../shared");
const SEEDS = path.join(SHARED, "seeds");
const GOLD = path.join(SHARED, "fixtures/seed-pair-gold.json");
const skip = existsSync(SEEDS) && existsSync(GOLD) ? false : `the seeds are not beside the repository (looked for ${SEEDS} and ${GOLD})`;

/** The sample briefing's accounts as the shipped content has them, and the command that makes each. */
const SAMPLE = [
  { id: "rt", seed: "rt-north-korean-troops.txt", stance: "questions" },
  { id: "fox-news", seed: "fox-news-north-korean-troops.txt", stance: "affirms" },
];

interface Gold {
  metadata: Record<string, { title: string; subtitle?: string; url?: string; credits?: string; published: string }>;
  boilerplate: Record<string, string[]>;
}

describe("the shipped sample accounts are what parallax import makes of the seeds", { skip }, () => {
  const content = tempContent();
  after(() => content.dispose());
  const briefing = path.join(content.content, "briefings", SAMPLE_SLUG);
  const gold = skip ? undefined : (JSON.parse(readFileSync(GOLD, "utf8")) as Gold);
  const imported = new Map<string, string>();

  it("imports both seeds with --date 2024-10-23 and the stances given", async () => {
    for (const { id } of SAMPLE) rmSync(path.join(briefing, `${id}.md`));
    for (const { id, seed, stance } of SAMPLE) {
      const result = await parallax("import", path.join(SEEDS, seed), "--briefing", SAMPLE_SLUG, "--outlet", id, "--stance", stance, "--date", "2024-10-23", "--content", content.content);
      assert.equal(result.code, 0, result.err);
      imported.set(id, readFileSync(path.join(briefing, `${id}.md`), "utf8"));
    }
  });

  it("writes, byte for byte, the account files the repository ships", () => {
    for (const { id } of SAMPLE) assert.equal(imported.get(id), readFileSync(path.join(SAMPLE_CONTENT, "briefings", SAMPLE_SLUG, `${id}.md`), "utf8"), `${id}.md`);
  });

  it("matches the gold: every furniture line gone, every metadata field extracted, every body sentence kept", () => {
    for (const { id, seed } of SAMPLE) {
      const parsed = parseSourceFile(`${id}.md`, Buffer.from(imported.get(id)!));
      assert.ok(parsed.ok);
      const { data, body } = parsed.source;
      const expected = gold!.metadata[id]!;
      assert.equal(data.title, expected.title);
      assert.equal(data.subtitle, expected.subtitle);
      assert.equal(data.url, expected.url);
      assert.equal(data.credits, expected.credits);
      assert.equal(data.date, expected.published);

      const furniture = gold!.boilerplate[id]!;
      for (const line of furniture) assert.equal(body.includes(line), false, `${id}: furniture "${line}" is gone`);
      const seedLines = readFileSync(path.join(SEEDS, seed), "utf8").split("\n").map((l) => l.trim()).filter(Boolean);
      const fields = new Set(Object.values(expected));
      const sentences = seedLines.filter((line) => !fields.has(line) && !furniture.some((f) => line.startsWith(f)));
      assert.ok(sentences.length >= 6, `${id}: the seed's body lines were found`);
      for (const sentence of sentences) assert.ok(body.includes(sentence), `${id}: kept "${sentence.slice(0, 50)}…"`);
    }
  });

  it("passes the check", () => {
    assert.deepEqual(loadContent(content.content).problems, []);
  });
});
