import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { runCli } from "../helpers/build.ts";
import { accountSource, SAMPLE_CONTENT, SAMPLE_SLUG, tempContent } from "../helpers/content.ts";

const sample = (id: string) => path.join(SAMPLE_CONTENT, "briefings", SAMPLE_SLUG, `${id}.md`);

describe("parallax compare", () => {
  it("prints one JSON document with pairs, only, quotes, figures and attribution", () => {
    const result = runCli(["compare", sample("rt"), sample("fox-news"), "--json"]);
    assert.equal(result.status, 0, result.stderr);
    const report = JSON.parse(result.stdout);
    for (const key of ["pairs", "only", "quotes", "figures", "attribution"]) assert.ok(key in report, key);
    const denial = report.pairs.find((p: { a: { text: string }; b: { text: string } }) => /denied the troop movements/.test(p.a.text) && /Pyongyang previously rejected/.test(p.b.text));
    assert.ok(denial, "the paraphrased denial is paired");
    assert.ok(denial.score > 0 && denial.terms.length > 0);
    assert.deepEqual(
      report.figures.map((f: { value: string; counted: string; accounts: string[] }) => [f.value, f.counted, f.accounts]),
      [["3,000", "troops", ["fox-news"]], ["10,000", "troops", ["fox-news"]]],
    );
    assert.equal(report.quotes.length, 2);
    assert.ok(report.quotes.every((q: { speaker: string; variants: object }) => q.speaker === "Lloyd Austin" && Object.keys(q.variants).length === 2));
    assert.ok(report.attribution.rt.low.some((u: { verb: string }) => u.verb === "claimed"));
    assert.ok(report.only.rt.some((o: { text: string }) => o.text.includes("Dmitry Peskov")));
  });

  it("prints a readable report by default, with outlet names from the registry", () => {
    const result = runCli(["compare", sample("rt"), sample("fox-news")]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^Comparing RT \(rt\), Fox News \(fox-news\)/);
    assert.match(result.stdout, /Headline framing:\n {2}RT: believes \(low\)\n {2}Fox News: confirms \(high\)/);
  });

  it("refuses fewer than two files (exit 2) and reports a broken account (exit 1)", () => {
    assert.equal(runCli(["compare", sample("rt")]).status, 2);
    const content = tempContent();
    try {
      const broken = content.write("broken.md", accountSource({ date: "2024-02-30" }));
      const result = runCli(["compare", sample("rt"), broken]);
      assert.equal(result.status, 1);
      assert.match(result.stderr, /broken\.md:4:1 date: "2024-02-30" is not a real date/);
    } finally {
      content.dispose();
    }
  });
});
