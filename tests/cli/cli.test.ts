import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, describe, it } from "node:test";
import { loadContent } from "../../src/content/load.ts";
import { problemsAsGithub } from "../../src/cli/problem-formats.ts";
import { COMMANDS } from "../../src/cli/commands/index.ts";
import { accountSource, ROOT, SAMPLE_SLUG, tempContent } from "../helpers/content.ts";
import { parallax } from "./capture.ts";

const SEED = path.join(ROOT, "tests/fixtures/import/json-ld-page.html");

describe("the parallax command", () => {
  it("lists every command in its help, and every command has its own --help", async () => {
    const overview = await parallax("--help");
    assert.equal(overview.code, 0);
    for (const name of ["build", "check", "new", "import", "compare"]) {
      assert.match(overview.out, new RegExp(`^  ${name} `, "m"));
      const help = await parallax(name, "--help");
      assert.equal(help.code, 0, name);
      assert.match(help.out, new RegExp(`^Usage: parallax ${name} `));
      assert.match(help.out, /-h, --help {2,}Show this help/);
    }
    assert.deepEqual((await parallax("help", "import")).out, (await parallax("import", "-h")).out);
  });

  it("answers usage mistakes with exit 2 and a pointer to --help, never a stack trace", async () => {
    const cases = [[], ["frobnicate"], ["check", "--bogus"], ["build", "extra"], ["check", "--format", "xml"], ["check", "--content", "/nonexistent/content"]];
    for (const argv of cases) {
      const result = await parallax(...argv);
      assert.equal(result.code, 2, argv.join(" "));
      assert.equal(result.out, "");
      assert.doesNotMatch(result.err, /\n\s+at /, "no stack trace");
    }
    assert.match((await parallax("check", "--bogus")).err, /^parallax check: Unknown option '--bogus'\nRun "parallax check --help" for usage\.\n$/);
    assert.match((await parallax("frobnicate")).err, /unknown command "frobnicate"[\s\S]*Commands:/);
  });

  it("is one registry: a command is a module plus a line", () => {
    assert.deepEqual(COMMANDS.map((c) => c.name), ["build", "check", "new", "import", "compare"]);
  });

  it("runs as the executable package.json declares, with its exit codes", () => {
    const bin = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).bin.parallax as string;
    const content = tempContent();
    try {
      const ok = spawnSync(process.execPath, [path.join(ROOT, bin), "check", "--content", content.content], { encoding: "utf8" });
      assert.equal(ok.status, 0, ok.stderr);
      assert.equal(ok.stdout, "OK: 1 briefing, 2 accounts\n");
      content.write(`briefings/${SAMPLE_SLUG}/bad.md`, accountSource({ outlet: "tass" }));
      const bad = spawnSync(process.execPath, [path.join(ROOT, bin), "check", "--content", content.content], { encoding: "utf8" });
      assert.equal(bad.status, 1);
      assert.match(bad.stderr, /bad\.md:2:1 outlet: "tass" is not in the outlet registry/);
    } finally {
      content.dispose();
    }
  });
});

describe("parallax check", () => {
  const content = tempContent();
  after(() => content.dispose());
  const dir = `briefings/${SAMPLE_SLUG}`;
  const bad = content.write(`${dir}/bad.md`, accountSource({ outlet: "tass", date: "2024-02-30" }));
  const good = path.join(content.content, dir, "rt.md");

  it("reports as the build does, on stderr, with exit 1", async () => {
    const result = await parallax("check", "--content", content.content);
    assert.equal(result.code, 1);
    assert.equal(result.out, "");
    assert.match(result.err, /bad\.md:2:1 outlet: "tass" is not in the outlet registry \(expected one of fox-news, rt\)\n {4}hint: /);
    assert.match(result.err, /bad\.md:4:1 date: "2024-02-30" is not a real date/);
    assert.match(result.err, /2 errors in 1 file\n$/);
  });

  it("--format json: every problem's fields, for machines, on stdout", async () => {
    const result = await parallax("check", "--content", content.content, "--format", "json");
    assert.equal(result.code, 1);
    const report = JSON.parse(result.out);
    assert.equal(report.ok, false);
    assert.equal(report.errors, 2);
    assert.deepEqual(
      report.problems.map((p: { line: number; field: string; severity: string }) => [p.line, p.field, p.severity]),
      [[2, "outlet", "error"], [4, "date", "error"]],
    );
    assert.equal(path.resolve(report.problems[0].file), bad);
  });

  it("--format github: one workflow command per problem, file and line as properties", async () => {
    const result = await parallax("check", "--content", content.content, "--format", "github");
    assert.equal(result.code, 1);
    const lines = result.out.trim().split("\n");
    assert.equal(lines.length, 2);
    assert.match(lines[0]!, /^::error file=[^,]*bad\.md,line=2,col=1,title=parallax%3A outlet::outlet: "tass" is not in the outlet registry \(expected one of fox-news, rt\)%0Ahint: /);
    assert.match(result.err, /2 errors in 1 file/);
  });

  it("escapes what GitHub's runner would read as syntax", () => {
    const [line] = problemsAsGithub([{ file: "a,b:c.md", line: 3, col: 2, field: "title", message: "100% wrong\nreally", severity: "warning" }]).split("\n");
    assert.equal(line, "::warning file=a%2Cb%3Ac.md,line=3,col=2,title=parallax%3A title::title: 100%25 wrong%0Areally");
  });

  it("limits the report to the paths given, files or briefing folders", async () => {
    const clean = await parallax("check", good, "--content", content.content);
    assert.equal(clean.code, 0, clean.err);
    assert.match(clean.out, /^OK: no errors in .*rt\.md \(2 elsewhere in the content: run parallax check to see them\)\n$/);
    const file = await parallax("check", bad, "--content", content.content, "--format", "json");
    assert.equal(JSON.parse(file.out).problems.length, 2);
    const folder = await parallax("check", path.join(content.content, dir), "--content", content.content);
    assert.equal(folder.code, 1);
  });

  it("refuses paths that are not there or not in the content", async () => {
    assert.equal((await parallax("check", path.join(content.content, "nope.md"), "--content", content.content)).code, 2);
    const outside = await parallax("check", ROOT, "--content", content.content);
    assert.equal(outside.code, 2);
    assert.match(outside.err, /is not inside the content folder/);
  });
});

describe("parallax new", () => {
  const content = tempContent();
  after(() => content.dispose());

  it("scaffolds a briefing's index.md that passes the check once it has an account", async () => {
    const result = await parallax("new", "kremlin-talks", "--title", "Kremlin: no talks", "--claim", "Russia rules out talks with Ukraine.", "--tag", "Russia", "--tag", "Ukraine war", "--content", content.content);
    assert.equal(result.code, 0, result.err);
    assert.match(result.out, /Wrote .*kremlin-talks\/index\.md\nNext: parallax import <file> --briefing kremlin-talks/);
    const index = path.join(content.content, "briefings/kremlin-talks/index.md");
    assert.equal(readFileSync(index, "utf8"), '---\ntitle: "Kremlin: no talks"\nclaim: Russia rules out talks with Ukraine.\ntags:\n  - Russia\n  - Ukraine war\n---\n');
    const imported = await parallax("import", SEED, "--briefing", "kremlin-talks", "--outlet", "rt", "--stance", "reports", "--content", content.content);
    assert.equal(imported.code, 0, imported.err);
    assert.deepEqual(loadContent(content.content).problems, []);
  });

  it("refuses an existing briefing and leaves it alone", async () => {
    const index = path.join(content.content, `briefings/${SAMPLE_SLUG}/index.md`);
    const before = readFileSync(index, "utf8");
    const result = await parallax("new", SAMPLE_SLUG, "--title", "T", "--claim", "C", "--content", content.content);
    assert.equal(result.code, 1);
    assert.match(result.err, /index\.md:1:1 file: already exists/);
    assert.equal(readFileSync(index, "utf8"), before);
  });

  it("asks for what it needs", async () => {
    for (const [argv, message] of [
      [["new", "--title", "T", "--claim", "C"], /name the briefing's slug/],
      [["new", "Bad_Slug", "--title", "T", "--claim", "C"], /"Bad_Slug" is not a valid slug/],
      [["new", "fine-slug", "--title", "T"], /--claim is required/],
    ] as const) {
      const result = await parallax(...argv, "--content", content.content);
      assert.equal(result.code, 2);
      assert.match(result.err, message);
    }
    assert.equal(existsSync(path.join(content.content, "briefings/fine-slug")), false);
  });
});

describe("parallax import: usage", () => {
  const content = tempContent();
  after(() => content.dispose());
  const base = ["--briefing", SAMPLE_SLUG, "--outlet", "rt", "--stance", "reports", "--content", content.content];
  const without = (flag: string) => base.filter((_, i) => base[i] !== flag && base[i - 1] !== flag);

  it("names the flag or the file that is wrong, with exit 2", async () => {
    const cases: [string[], RegExp][] = [
      [[...base], /name at least one file to import/],
      [[path.join(content.dir, "missing.html"), ...base], /cannot read ".*missing\.html": no such file/],
      [[SEED, ...without("--briefing")], /--briefing is required/],
      [[SEED, ...without("--briefing"), "--briefing", "no-such-briefing"], /there is no briefing "no-such-briefing" .*parallax new no-such-briefing/],
      [[SEED, ...without("--outlet"), "--outlet", "rtt"], /--outlet "rtt" is not in the outlet registry \(expected one of fox-news, rt\); did you mean "rt"\?/],
      [[SEED, ...without("--stance"), "--stance", "maybe"], /--stance "maybe" is not in the stance registry/],
      [[SEED, ...base, "--date", "2024-02-30"], /--date "2024-02-30" is not a real date \(expected YYYY-MM-DD/],
      [[SEED, ...base, "--date", "2024-10-23T10:00"], /--date .* gives a time without an offset/],
      [[SEED, ...base, "--url", "ftp://example.com/a"], /--url "ftp:\/\/example\.com\/a" is not an http\(s\) URL/],
      [[SEED, ...base, "--lang", "not a tag"], /--lang "not a tag" is not a BCP 47 language tag/],
      [[SEED, SEED, ...base, "--url", "https://example.com/a"], /--url names one article/],
    ];
    for (const [argv, message] of cases) {
      const result = await parallax("import", ...argv);
      assert.equal(result.code, 2, `${argv.join(" ")}: ${result.err}`);
      assert.match(result.err, message);
      assert.match(result.err, /Run "parallax import --help" for usage\./);
    }
  });

  it("stops at a broken registry, with the build's messages", async () => {
    const outlets = path.join(content.content, "_data/outlets.yaml");
    writeFileSync(outlets, "rt:\n  name: RT\n");
    const result = await parallax("import", SEED, ...base);
    assert.equal(result.code, 1);
    assert.match(result.err, /outlets\.yaml:\d+:\d+ rt\.homepage: is required/);
    assert.match(result.err, /Nothing was written\.\n$/);
  });
});
