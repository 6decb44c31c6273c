import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compareAccounts } from "../../src/compare/index.ts";
import { account } from "./accounts.ts";
import { gazetteerSize } from "../../src/compare/gazetteer.ts";

describe("actors", () => {
  it("knows one person under every name and title", () => {
    const { actors } = compareAccounts([
      account("a", ["US Defense Secretary Lloyd Austin spoke in Rome.", "Later Austin said more."]),
      account("b", ["Defense Secretary Lloyd Austin confirmed it.", "NATO Secretary-General Mark Rutte agreed."]),
    ]);
    const austin = actors.find((a) => a.name === "Lloyd Austin")!;
    assert.equal(austin.kind, "person");
    assert.deepEqual(austin.forms, ["Austin", "Lloyd Austin"]);
    assert.deepEqual(austin.roles, ["Defense Secretary"]);
    assert.deepEqual(austin.mentions, { a: [1, 2], b: [1] });
    assert.equal(austin.onlyIn, null);
    const rutte = actors.find((a) => a.name === "Mark Rutte")!;
    assert.equal(rutte.onlyIn, "b");
    assert.equal(actors.find((a) => a.name === "NATO")!.kind, "organisation");
  });

  it("reads capitals and government seats as their country, in several languages", () => {
    const { actors } = compareAccounts([
      account("a", ["Pyongyang rejected the claim, and the Kremlin said Moscow agreed.", "Kyiv and Kiev are one city."]),
      account("b", ["Nordkorea und Russland schwiegen, Kiew auch.", "Die Deutsche Bahn streikt."], "de"),
    ]);
    const byName = new Map(actors.map((a) => [a.name, a]));
    assert.deepEqual(byName.get("North Korea")!.forms, ["Nordkorea", "Pyongyang"]);
    assert.deepEqual(byName.get("Russia")!.forms, ["Kremlin", "Moscow", "Russland"]);
    assert.deepEqual(byName.get("Ukraine")!.forms, ["Kiev", "Kiew", "Kyiv"]);
    assert.equal(byName.get("Kremlin"), undefined, "the Kremlin is Russia's seat of government");
    assert.equal(byName.get("Deutsche Bahn")!.kind, "organisation");
    assert.deepEqual(byName.get("Deutsche Bahn")!.accounts, ["b"]);
  });

  it("holds a general gazetteer, not one tuned to a story", () => {
    assert.ok(gazetteerSize() >= 200);
  });

  it("does not take sentence openers, months or common German nouns for names", () => {
    const { actors } = compareAccounts([
      account("a", ["However, officials met on Monday in June.", "Speaking later, nobody said more."]),
      account("b", ["Die Gewerkschaft fordert mehr Lohn. Nach Angaben der Bahn fallen Züge aus."], "de"),
    ]);
    assert.deepEqual(actors, []);
  });
});
