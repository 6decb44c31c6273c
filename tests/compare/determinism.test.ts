import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compareAccounts, type Comparison } from "../../src/compare/index.ts";
import { fixturePath, loadBriefingAccount, readJson } from "./accounts.ts";
import type { CompareInput } from "../../src/compare/index.ts";

const sample = (): CompareInput[] => [
  loadBriefingAccount("north-korean-troops-in-russia", "rt"),
  loadBriefingAccount("north-korean-troops-in-russia", "fox-news"),
];
const earthquake = (): CompareInput[] => readJson<{ accounts: CompareInput[] }>(fixturePath("morocco-earthquake.json")).accounts;

/** Sorts a list by a stable rendering of its items, for comparing lists whose order is presentation only. */
function asSet<T>(items: T[], keyOf: (item: T) => unknown = (item) => item): T[] {
  return [...items].sort((x, y) => (JSON.stringify(keyOf(x)) < JSON.stringify(keyOf(y)) ? -1 : 1));
}

/** Everything but presentation order (the order of accounts, claim rows and groups follows the input). */
function content(c: Comparison) {
  return {
    pairs: c.pairs,
    claims: asSet(c.claims, (row) => Object.entries(row.cells).sort()),
    only: Object.fromEntries(Object.entries(c.only).map(([id, list]) => [id, list.map((o) => ({ ...o, missingFrom: [...o.missingFrom].sort() }))])),
    quotes: c.quotes,
    figures: c.figures.byAccount,
    groups: asSet(c.figures.groups.map((g) => ({ ...g, accounts: [...g.accounts].sort(), figures: asSet(g.figures) }))),
    attribution: c.attribution,
    framing: c.framing,
    actors: asSet(c.actors.map((a) => ({ ...a, accounts: [...a.accounts].sort() }))),
    sentences: c.sentences,
  };
}

describe("determinism", () => {
  it("gives the same result for the same input", () => {
    assert.deepEqual(compareAccounts(sample()), compareAccounts(sample()));
    assert.deepEqual(compareAccounts(earthquake()), compareAccounts(earthquake()));
  });

  it("gives the same pairs, rows and findings whatever the order of the accounts", () => {
    assert.deepEqual(content(compareAccounts(sample().reverse())), content(compareAccounts(sample())));
    const [wire, broadcaster, tabloid] = earthquake();
    assert.deepEqual(content(compareAccounts([tabloid!, wire!, broadcaster!])), content(compareAccounts([wire!, broadcaster!, tabloid!])));
  });

  it("is plain JSON", () => {
    const comparison = compareAccounts(sample());
    assert.deepEqual(JSON.parse(JSON.stringify(comparison)), comparison);
  });
});
