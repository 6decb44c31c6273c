import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compareAccounts } from "../../src/compare/index.ts";
import { account } from "./accounts.ts";

function figures(paragraphs: string[], lang = "en"): [string, number, string][] {
  return compareAccounts([account("a", paragraphs, lang)]).figures.byAccount["a"]!.map((f) => [f.value, f.normalised, f.counted]);
}

describe("figures", () => {
  it("finds numbers with what they count, normalised", () => {
    assert.deepEqual(figures(["Some 3,000 North Korean troops arrived, and 10k more soldiers may follow."]), [
      ["3,000", 3000, "troops"],
      ["10k", 10000, "soldiers"],
    ]);
    assert.deepEqual(figures(["The quake killed three thousand people and left 1.5 million homeless."]), [
      ["three thousand", 3000, "people"],
      ["1.5 million", 1_500_000, "homeless"],
    ]);
    assert.deepEqual(figures(["Rund 3.000 Soldaten, 2,5 Mio. Euro."], "de"), [
      ["3.000", 3000, "Soldaten"],
      ["2,5 Mio.", 2_500_000, "Euro"],
    ]);
  });

  it("reads percentages, money and measures", () => {
    assert.deepEqual(figures(["Prices rose 12% and unemployment hit 4.5 per cent; the deal is worth $1.5 billion."]), [
      ["12", 12, "%"],
      ["4.5", 4.5, "%"],
      ["1.5 billion", 1_500_000_000, "$"],
    ]);
    assert.deepEqual(figures(["Die Preise stiegen um 12 Prozent."], "de"), [["12", 12, "%"]]);
    assert.deepEqual(figures(["The 7.8-magnitude quake struck 72 km away."]), [
      ["7.8", 7.8, "magnitude"],
      ["72", 72, "km"],
    ]);
  });

  it("ignores years, dates, times, ordinals, identifiers and numbers that count nothing", () => {
    assert.deepEqual(
      figures([
        "On October 23, 2024, the first convoy left; officials spoke on Oct. 24 at 10:30 and on the 2nd day.",
        "In 2023 No. 10 said that between the two, no one should be worried over the past two years.",
        "Am 23. Oktober 2024 kam er.",
      ]),
      [],
    );
  });

  it("keeps numbers inside quotations", () => {
    assert.deepEqual(figures([`“We sent 10,000 soldiers,” he said.`]), [["10,000", 10000, "soldiers"]]);
  });

  it("groups the same figure across accounts, whatever its spelling or language", () => {
    const { figures: found } = compareAccounts([
      account("en", ["About 3,000 troops crossed, 12% of the force."]),
      account("words", ["Three thousand soldiers crossed."]),
      account("de", ["Rund 3.000 Soldaten, 12 Prozent der Truppe."], "de"),
      account("other", ["Only 500 troops crossed."]),
    ]);
    const groups = found.groups.map((g) => [g.normalised, g.accounts.join(" ")]);
    assert.deepEqual(groups, [
      [3000, "en words de"],
      [12, "en de"],
      [500, "other"],
    ]);
  });
});
