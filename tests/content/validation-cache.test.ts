import assert from "node:assert/strict";
import { cpSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, describe, it } from "node:test";
import { loadContent, sourceKey } from "../../src/content/load.ts";
import { formatProblems } from "../../src/content/problems.ts";
import { saveValidationCache, type ValidatedBriefing } from "../../src/content/validation-cache.ts";
import { openKeptResults } from "../../src/util/kept-results.ts";
import { accountSource, SAMPLE_SLUG, tempContent } from "../helpers/content.ts";

const COPY_SLUG = "a-second-briefing";

describe("validation results kept between builds", () => {
  const content = tempContent();
  cpSync(path.join(content.content, "briefings", SAMPLE_SLUG), path.join(content.content, "briefings", COPY_SLUG), { recursive: true });
  const file = path.join(content.dir, "cache", "validated.json");
  let clock = Date.now() / 1000;
  /**
   * One build's load, as a fresh clone would make it: every file gets a new modification time,
   * so only the cache (not this process's memory of the last load) can spare the validation.
   */
  const load = (salt = "salt") => {
    clock += 60;
    for (const entry of readdirSync(content.content, { recursive: true, withFileTypes: true })) utimesSync(path.join(entry.parentPath, entry.name), clock, clock);
    const cache = openKeptResults<ValidatedBriefing>(file, salt);
    const result = loadContent(content.content, { cache });
    saveValidationCache(cache);
    return { ...result, cache };
  };
  const stored = () => (JSON.parse(readFileSync(file, "utf8")) as { entries: unknown[] }).entries.length;
  after(() => content.dispose());

  it("takes unchanged briefings from the cache, the same as validating them anew", () => {
    const first = load();
    assert.equal(first.cache.added, 2);
    const second = load();
    assert.deepEqual([second.cache.added, second.cache.reused], [0, 2]);
    assert.deepEqual(second.site, loadContent(content.content).site);
    assert.deepEqual(second.site, first.site);
    // Field for field in the same order: a page whose briefing has no source key is keyed by its data as JSON.
    assert.equal(JSON.stringify(second.site), JSON.stringify(first.site));
  });

  it("names each briefing by its sources, the same from the cache as validated anew, and anew when they change", () => {
    const keys = (site = load().site) => Object.fromEntries(site!.briefings.map((b) => [b.slug, sourceKey(b)]));
    const before = keys();
    assert.deepEqual(keys(), before, "taken from the cache");
    assert.deepEqual(keys(loadContent(content.content).site), before, "validated without a cache");
    assert.match(before[COPY_SLUG]!, /^[0-9a-f]{64}$/);
    assert.notEqual(before[COPY_SLUG], before[SAMPLE_SLUG]);
    const rt = path.join(content.content, "briefings", COPY_SLUG, "rt.md");
    const original = readFileSync(rt, "utf8");
    writeFileSync(rt, `${original}\nOne more sentence.\n`);
    const edited = keys();
    assert.notEqual(edited[COPY_SLUG], before[COPY_SLUG]);
    assert.equal(edited[SAMPLE_SLUG], before[SAMPLE_SLUG]);
    writeFileSync(rt, original);
    assert.deepEqual(keys(), before);
  });

  it("shares outlets and stances with the registries, as a briefing validated now does", () => {
    const { site, cache } = load();
    assert.equal(cache.reused, 2);
    for (const account of site!.briefings.flatMap((b) => b.accounts)) {
      assert.equal(account.outlet, site!.outlets.find((o) => o.key === account.outlet.key));
      assert.equal(account.stance, site!.stances.find((s) => s.key === account.stance.key));
    }
  });

  it("validates an edited briefing anew, and only it", () => {
    const fox = path.join(content.content, "briefings", COPY_SLUG, "fox-news.md");
    writeFileSync(fox, readFileSync(fox, "utf8").replace(/^title: .*$/mu, "title: A corrected headline"));
    const { site, cache } = load();
    assert.deepEqual([cache.added, cache.reused], [1, 1]);
    assert.ok(site!.briefings.find((b) => b.slug === COPY_SLUG)!.accounts.some((a) => a.title === "A corrected headline"));
  });

  it("keeps a briefing's problems too: a mistake is reported on every build, not only the first", () => {
    const bad = content.write(`briefings/${COPY_SLUG}/bad.md`, accountSource({ stance: "maybe" }));
    const first = load();
    assert.equal(first.site, undefined);
    const second = load();
    assert.deepEqual([second.cache.added, second.cache.reused], [0, 2]);
    assert.equal(second.site, undefined);
    assert.equal(formatProblems(second.problems), formatProblems(first.problems));
    assert.match(formatProblems(second.problems), /bad\.md:5:1 stance: "maybe" is not in the stance registry/);
    rmSync(bad);
  });

  it("validates every briefing anew when a registry changes", () => {
    load();
    const outlets = path.join(content.content, "_data", "outlets.yaml");
    writeFileSync(outlets, readFileSync(outlets, "utf8").replace(/name: RT\b/, "name: RT (Russia Today)"));
    const { site, cache } = load();
    assert.deepEqual([cache.added, cache.reused], [2, 0]);
    assert.ok(site!.briefings.flatMap((b) => b.accounts).some((a) => a.outlet.name === "RT (Russia Today)"));
  });

  it("forgets a deleted briefing's results", () => {
    load();
    assert.equal(stored(), 2);
    const copy = path.join(content.dir, "copy");
    cpSync(path.join(content.content, "briefings", COPY_SLUG), copy, { recursive: true });
    rmSync(path.join(content.content, "briefings", COPY_SLUG), { recursive: true });
    assert.equal(load().cache.reused, 1);
    assert.equal(stored(), 1);
    cpSync(copy, path.join(content.content, "briefings", COPY_SLUG), { recursive: true });
  });

  it("reads nothing kept by other code (another salt), and survives a damaged file", () => {
    load();
    assert.deepEqual([load("other code").cache.added, load("other code").cache.reused], [2, 2], "a new salt validates everything once");
    writeFileSync(file, "{ not json");
    const { site, cache } = load();
    assert.deepEqual([cache.added, cache.reused], [2, 0]);
    assert.equal(site!.briefings.length, 2);
    assert.equal(load().cache.reused, 2, "and the file is written anew");
  });
});
