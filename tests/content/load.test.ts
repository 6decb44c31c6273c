import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, describe, it } from "node:test";
import { loadContent } from "../../src/content/load.ts";
import { formatProblem, formatProblems } from "../../src/content/problems.ts";
import { accountSource, SAMPLE_CONTENT, SAMPLE_SLUG, tempContent } from "../helpers/content.ts";

describe("loading the shipped content", () => {
  const { site, problems } = loadContent(SAMPLE_CONTENT);

  it("validates without problems", () => {
    assert.deepEqual(problems, []);
    assert.ok(site);
  });

  it("resolves the sample briefing's accounts with registry facts", () => {
    const briefing = site!.briefings.find((b) => b.slug === SAMPLE_SLUG)!;
    assert.deepEqual(briefing.accounts.map((a) => a.outlet.name).sort(), ["Fox News", "RT"]);
    const rt = briefing.accounts.find((a) => a.id === "rt")!;
    assert.equal(rt.outlet.ownership.startsWith("state-funded"), true);
    assert.equal(rt.url, "https://www.rt.com/news/606238-pentagon-north-korean-troops-russia/");
    assert.equal(rt.published.day, "2024-10-23");
    assert.equal(rt.lang, "en");
    assert.equal(briefing.firstDay, "2024-10-23");
    assert.deepEqual(briefing.tags.map((t) => t.slug), ["north-korea", "russia", "ukraine-war"]);
  });

  it("keeps the site furniture out of the sample accounts", () => {
    const text = site!.briefings.flatMap((b) => b.accounts.map((a) => a.body)).join("\n");
    for (const furniture of ["Read more", "CLICK HERE", "General Content Disclaimer", "Add Comment", "originally published by", "NORTH KOREA BLOWS UP"])
      assert.equal(text.includes(furniture), false, furniture);
  });
});

describe("content problems", () => {
  const content = tempContent();
  after(() => content.dispose());
  const dir = `briefings/${SAMPLE_SLUG}`;

  it("lists every problem in every file at once, each with file, line and field", () => {
    content.write(`${dir}/bad.md`, accountSource({ outlet: "tass", stance: "maybe", date: "2024-02-30" }));
    content.write(`${dir}/typo.md`, accountSource({ titel: "x", title: undefined, url: "javascript:alert(1)" }));
    const { site, problems } = loadContent(content.content);
    assert.equal(site, undefined);
    const lines = problems.map(formatProblem);
    const bad = lines.filter((l) => l.includes("bad.md"));
    assert.equal(bad.length, 3, lines.join("\n"));
    assert.match(bad.find((l) => l.includes(" outlet:"))!, /bad\.md:2:1 outlet: "tass" is not in the outlet registry \(expected one of fox-news, rt\)/);
    assert.match(bad.find((l) => l.includes(" date:"))!, /bad\.md:4:1 date: "2024-02-30" is not a real date/);
    assert.match(bad.find((l) => l.includes(" stance:"))!, /bad\.md:5:1 stance: "maybe" is not in the stance registry/);
    const typo = lines.filter((l) => l.includes("typo.md")).join("\n");
    assert.match(typo, /typo\.md:1:1 title: is required/);
    assert.match(typo, /typo\.md:5:1 titel: is not a known field\n {4}hint: did you mean "title"\?/);
    assert.match(typo, /url: "javascript:alert\(1\)" is not an http\(s\) URL/);
    assert.match(formatProblems(problems), /\n6 errors in 2 files$/);
  });

  it("reports wrong types in plain words", () => {
    const fresh = tempContent();
    try {
      fresh.write(`${dir}/types.md`, accountSource({ title: "2024", lang: "not a tag" }));
      const messages = loadContent(fresh.content).problems.map(formatProblem).join("\n");
      assert.match(messages, /title: must be text, not the number 2024/);
      assert.match(messages, /lang: "not a tag" is not a BCP 47 language tag/);
    } finally {
      fresh.dispose();
    }
  });

  it("reports an account outside any briefing, a briefing with no accounts, an empty body", () => {
    const fresh = tempContent();
    try {
      fresh.write("briefings/stray.md", accountSource());
      fresh.write("briefings/empty-briefing/index.md", "---\ntitle: T\nclaim: C\n---\n");
      fresh.write(`${dir}/blank.md`, accountSource({}, "\n  \n"));
      const messages = loadContent(fresh.content).problems.map(formatProblem).join("\n");
      assert.match(messages, /stray\.md:1:1 file: is an account outside any briefing/);
      assert.match(messages, /empty-briefing\/index\.md:1:1 accounts: the briefing has no accounts/);
      assert.match(messages, /blank\.md:7:1 body: is empty/);
    } finally {
      fresh.dispose();
    }
  });

  it("rejects a time without an offset", () => {
    const fresh = tempContent();
    try {
      fresh.write(`${dir}/time.md`, accountSource({ date: "2024-10-23T10:00" }));
      assert.match(loadContent(fresh.content).problems.map(formatProblem).join("\n"), /date: "2024-10-23T10:00" gives a time without an offset/);
    } finally {
      fresh.dispose();
    }
  });

  it("reports registry mistakes with their own lines", () => {
    const fresh = tempContent();
    try {
      fresh.write("_data/stances.yaml", "- key: affirms\n  label: Affirms\n  meaning: m\n  symbol: x\n- key: affirms\n  label: Again\n  meaning: m\n  symbol: y\n");
      fresh.write("_data/outlets.yaml", "rt:\n  name: RT\n  homepage: ftp://rt.com\n  country: Russia\n  ownership: state\n");
      const messages = loadContent(fresh.content).problems.map(formatProblem).join("\n");
      assert.match(messages, /stances\.yaml:5:3 \[1\]\.key: "affirms" is listed twice/);
      assert.match(messages, /outlets\.yaml:3:3 rt\.homepage: "ftp:\/\/rt\.com" is not an http\(s\) URL/);
    } finally {
      fresh.dispose();
    }
  });
});

describe("corrections", () => {
  it("records corrections newest first and marks the briefing updated by the newest that is not minor", () => {
    const content = tempContent();
    try {
      const dir = `briefings/${SAMPLE_SLUG}`;
      content.write(
        `${dir}/extra.md`,
        accountSource({ corrections: "\n  - date: 2024-10-25\n    kind: correction\n    note: Fixed a name.\n  - date: 2024-10-27\n    minor: true" }),
      );
      content.write(`${dir}/index.md`, "---\ntitle: T\nclaim: C\ncorrections:\n  - date: 2024-10-24\n    kind: update\n    note: Added an account.\n---\n");
      const { site, problems } = loadContent(content.content);
      assert.deepEqual(problems, []);
      const briefing = site!.briefings.find((b) => b.slug === SAMPLE_SLUG)!;
      assert.deepEqual(briefing.corrections.map((c) => [c.date.day, c.kind, c.accountId, c.minor]), [
        ["2024-10-27", undefined, "extra", true],
        ["2024-10-25", "correction", "extra", false],
        ["2024-10-24", "update", undefined, false],
      ]);
      assert.equal(briefing.updated?.day, "2024-10-25");
      assert.equal(briefing.accounts.find((a) => a.id === "extra")!.updated?.day, "2024-10-25");
    } finally {
      content.dispose();
    }
  });

  it("requires kind and note unless the entry is minor", () => {
    const content = tempContent();
    try {
      content.write(`briefings/${SAMPLE_SLUG}/extra.md`, accountSource({ corrections: "\n  - date: 2024-10-25\n    kind: erratum\n  - date: 2024-10-26\n    kind: update" }));
      const messages = loadContent(content.content).problems.map(formatProblem).join("\n");
      assert.match(messages, /extra\.md:8:5 corrections\[0\]\.kind: must be one of correction, update, clarification, not the string "erratum"/);
      assert.match(messages, /extra\.md:9:5 corrections\[1\]\.note: is required: say what changed/);
    } finally {
      content.dispose();
    }
  });
});

describe("loading again (watch mode)", () => {
  const content = tempContent();
  after(() => content.dispose());
  const dir = `briefings/${SAMPLE_SLUG}`;
  const sample = (site: ReturnType<typeof loadContent>["site"]) => site!.briefings.find((b) => b.slug === SAMPLE_SLUG)!;

  it("hands back the same briefing while none of its files changed, and reloads it when one did", () => {
    const first = loadContent(content.content);
    assert.equal(sample(loadContent(content.content).site), sample(first.site));

    content.write(`${dir}/tass.md`, accountSource({ outlet: "rt", title: "A second account" }));
    const added = sample(loadContent(content.content).site);
    assert.notEqual(added, sample(first.site));
    assert.ok(added.accounts.some((a) => a.title === "A second account"));

    content.write(`${dir}/tass.md`, accountSource({ outlet: "rt", title: "A longer corrected headline" }));
    assert.ok(sample(loadContent(content.content).site).accounts.some((a) => a.title === "A longer corrected headline"));
  });

  it("reports a problem again on every load until it is fixed", () => {
    content.write(`${dir}/tass.md`, accountSource({ stance: "maybe" }));
    for (let i = 0; i < 2; i++) assert.match(formatProblems(loadContent(content.content).problems), /tass\.md:\d+:\d+ stance/);
    content.write(`${dir}/tass.md`, accountSource());
    assert.deepEqual(loadContent(content.content).problems, []);
  });

  it("reloads every briefing when the registries change", () => {
    const before = sample(loadContent(content.content).site);
    const outlets = `${content.content}/_data/outlets.yaml`;
    content.write("_data/outlets.yaml", readFileSync(outlets, "utf8").replace("name: RT", "name: RT (renamed)"));
    const after = sample(loadContent(content.content).site);
    assert.notEqual(after, before);
    assert.ok(after.accounts.some((a) => a.outlet.name === "RT (renamed)"));
  });
});

describe("the outlet registry's furniture patterns", () => {
  const content = tempContent();
  after(() => content.dispose());

  it("are checked as regular expressions with the rest of the content, not only when importing", () => {
    const outlets = readFileSync(`${content.content}/_data/outlets.yaml`, "utf8");
    content.write("_data/outlets.yaml", outlets.replace('    - "^Read more$"', '    - "^Read more$"\n    - "^Watch (RT"'));
    const { site, problems } = loadContent(content.content);
    assert.equal(site, undefined);
    assert.match(formatProblems(problems), /_data\/outlets\.yaml:\d+:7 rt\.furniture\[1\]: is not a valid regular expression/);
  });
});
