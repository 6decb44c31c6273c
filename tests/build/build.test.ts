import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { accountSource, SAMPLE_SLUG, tempContent } from "../helpers/content.ts";
import { readPage, runCli } from "../helpers/build.ts";

const BRIEFING_PAGE = `briefings/${SAMPLE_SLUG}/index.html`;

describe("building the sample site", () => {
  const content = tempContent();
  let page: Document;
  before(() => {
    const result = runCli(["build", "--content", content.content, "--out", content.out]);
    assert.equal(result.status, 0, result.stderr);
    page = readPage(content.out, BRIEFING_PAGE);
  });
  after(() => content.dispose());

  it("writes the home page, the briefing page and the stylesheet", () => {
    for (const file of ["index.html", BRIEFING_PAGE, "assets/parallax.css"]) assert.ok(existsSync(path.join(content.out, file)), file);
  });

  it("shows both accounts in their own columns, each headed by its outlet and in its language", () => {
    const columns = [...page.querySelectorAll(".columns > article.account")];
    assert.equal(columns.length, 2);
    assert.deepEqual(columns.map((c) => c.querySelector(".outlet-label")!.textContent).sort(), ["Fox News", "RT"]);
    for (const column of columns) {
      assert.equal(column.getAttribute("lang"), "en");
      assert.equal(column.getAttribute("dir"), "auto");
    }
    const rt = page.querySelector("#account-rt")!;
    assert.match(rt.textContent!, /Kremlin spokesman Dmitry Peskov/);
    assert.match(page.querySelector("#account-fox-news")!.textContent!, /10,000 troops to Russia by December/);
  });

  it("gives full attribution: registry facts, headline, subtitle, credits, date, stance and links", () => {
    const rt = page.querySelector("#account-rt")!;
    assert.match(rt.querySelector(".outlet-facts")!.textContent!, /Russia · state-funded/);
    assert.equal(rt.querySelector(".headline")!.textContent, "Pentagon believes North Korean troops are in Russia");
    assert.match(rt.querySelector(".subtitle")!.textContent!, /Kremlin called reports on the matter “contradictory”/);
    assert.equal(rt.querySelector("time")!.getAttribute("datetime"), "2024-10-23");
    assert.equal(rt.querySelector("time")!.textContent, "23 October 2024");
    assert.match(rt.querySelector(".stance")!.textContent!, /Questions/);
    assert.ok(rt.querySelector(".stance-symbol"), "stance has a shape, not only a colour");
    assert.equal(rt.querySelector('a[href^="https://www.rt.com/"]')!.textContent, "Original at RT");
    assert.match(page.querySelector("#account-fox-news .attribution")!.textContent!, /Greg Wehner and the Associated Press contributed/);
  });

  it("shows the briefing's title, claim, date span and tags", () => {
    assert.equal(page.querySelector("h1")!.textContent, "Pentagon says North Korean troops are in Russia");
    assert.match(page.querySelector(".claim")!.textContent!, /North Korea has sent troops to Russia/);
    assert.match(page.querySelector(".briefing-header .meta")!.textContent!, /23 October 2024/);
    assert.equal(page.querySelectorAll(".tag").length, 3);
  });

  it("leaves the site furniture out", () => {
    const text = page.querySelector("main")!.textContent!;
    for (const furniture of ["Read more", "CLICK HERE", "General Content Disclaimer", "Add Comment", "originally published by"]) assert.equal(text.includes(furniture), false, furniture);
  });

  it("lists briefings on the home page with outlets and stances", () => {
    const home = readPage(content.out, "index.html");
    const item = home.querySelector(".briefing-item")!;
    assert.equal(item.querySelector("a")!.getAttribute("href"), `/briefings/${SAMPLE_SLUG}/`);
    assert.match(item.textContent!, /Fox News\s*▲\s*Stance toward the claim: Affirms/);
    assert.match(item.textContent!, /RT\s*◆\s*Stance toward the claim: Questions/);
  });
});

describe("building hostile and broken sources", () => {
  it("escapes markup and template syntax from sources", () => {
    const content = tempContent();
    try {
      content.write(`briefings/${SAMPLE_SLUG}/evil.md`, accountSource({ title: '"\\"><script>alert(1)</script> {{ 7*7 }}"', byline: "\"{% include 'x' %}\"" }, "<script>alert(2)</script> {{ 7*7 }} [x](javascript:alert(3))\n"));
      const result = runCli(["build", "--content", content.content, "--out", content.out]);
      assert.equal(result.status, 0, result.stderr);
      const page = readPage(content.out, BRIEFING_PAGE);
      // The one script element is JSON-LD data, and the hostile headline stays inside it as text.
      assert.deepEqual([...page.querySelectorAll("script")].map((s) => s.getAttribute("type")), ["application/ld+json"]);
      const jsonLd = JSON.parse(page.querySelector("script")!.textContent!);
      assert.ok(jsonLd.citation.some((c: { headline: string }) => c.headline === '"><script>alert(1)</script> {{ 7*7 }}'));
      assert.equal([...page.querySelectorAll("[href]")].filter((a) => !/^(https?:|\/|#)/.test(a.getAttribute("href")!)).length, 0);
      const evil = page.querySelector("#account-evil")!;
      assert.equal(evil.querySelector(".headline")!.textContent, '"><script>alert(1)</script> {{ 7*7 }}');
      assert.match(evil.querySelector(".attribution")!.textContent!, /\{% include 'x' %\}/);
      assert.match(evil.querySelector(".account-text")!.textContent!, /<script>alert\(2\)<\/script> \{\{ 7\*7 \}\} \[x\]\(javascript:alert\(3\)\)/);
    } finally {
      content.dispose();
    }
  });

  it("fails with one line per problem naming file, line and field, and writes nothing", () => {
    const content = tempContent();
    try {
      const first = runCli(["build", "--content", content.content, "--out", content.out]);
      assert.equal(first.status, 0, first.stderr);
      const before = snapshot(content.out);
      content.write(`briefings/${SAMPLE_SLUG}/broken.md`, accountSource({ outlet: "tass", stance: "maybe", date: "2024-13-01" }));
      const result = runCli(["build", "--content", content.content, "--out", content.out]);
      assert.equal(result.status, 1);
      const lines = result.stderr.split("\n").filter((l) => l.includes("broken.md:"));
      assert.deepEqual(
        lines.map((l) => l.replace(/^.*broken\.md:/, "").replace(/ .*/, "") + " " + l.split(" ")[1]),
        ["2:1 outlet:", "4:1 date:", "5:1 stance:"],
      );
      assert.match(result.stderr, /3 errors in 1 file\nNothing was written\./);
      assert.doesNotMatch(result.stderr, /\n\s+at /, "no stack trace");
      assert.deepEqual(snapshot(content.out), before, "the published site is untouched");
    } finally {
      content.dispose();
    }
  });

  it("removes pages of deleted briefings on the next successful build", () => {
    const content = tempContent();
    try {
      content.write("briefings/second/index.md", "---\ntitle: Second\nclaim: Something happened.\n---\n");
      content.write("briefings/second/rt.md", accountSource());
      assert.equal(runCli(["build", "--content", content.content, "--out", content.out]).status, 0);
      assert.ok(existsSync(path.join(content.out, "briefings/second/index.html")));
      rmSync(path.join(content.content, "briefings/second"), { recursive: true });
      assert.equal(runCli(["build", "--content", content.content, "--out", content.out]).status, 0);
      assert.equal(existsSync(path.join(content.out, "briefings/second")), false);
    } finally {
      content.dispose();
    }
  });
});

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      files[path.relative(dir, file)] = readFileSync(file, "utf8");
    }
  }
  return files;
}
