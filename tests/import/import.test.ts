import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { loadContent } from "../../src/content/load.ts";
import { parseSourceFile } from "../../src/content/source-file.ts";
import { parallax } from "../cli/capture.ts";
import { ROOT, SAMPLE_SLUG, tempContent } from "../helpers/content.ts";

const FIXTURES = path.join(ROOT, "tests/fixtures/import");
const fixture = (name: string) => path.join(FIXTURES, name);

/** A private content copy with the sample briefing emptied of accounts, and outlets for the fixtures. */
function workspace() {
  const content = tempContent();
  const briefing = path.join(content.content, "briefings", SAMPLE_SLUG);
  for (const account of ["rt.md", "fox-news.md"]) rmSync(path.join(briefing, account));
  const outlets = readFileSync(path.join(content.content, "_data/outlets.yaml"), "utf8");
  content.write(
    "_data/outlets.yaml",
    `${outlets}herald:\n  name: Daily Herald\n  homepage: https://www.dailyherald.example/\n  country: United States\n  ownership: private\n  furniture:\n    - "^The Daily Herald is a member of"\n`,
  );
  const importInto = (...args: string[]) => parallax("import", ...args, "--briefing", SAMPLE_SLUG, "--content", content.content);
  const read = (name: string) => readFileSync(path.join(briefing, name), "utf8");
  const front = (name: string) => {
    const parsed = parseSourceFile(name, readFileSync(path.join(briefing, name)));
    assert.ok(parsed.ok);
    return parsed.source;
  };
  const files = () => readdirSync(briefing).sort();
  return { content, briefing, importInto, read, front, files };
}

describe("importing plain text", () => {
  const ws = workspace();
  after(() => ws.content.dispose());
  const text = (name: string, lines: string[]) => {
    const file = path.join(ws.content.dir, name);
    writeFileSync(file, lines.join("\r\n"));
    return file;
  };

  it("reads headline, subtitle, byline and date lines, and escapes only what markdown would change", async () => {
    const input = text("story.txt", [
      "Kyiv: the view from the capital",
      "",
      "By Anna Lee",
      "Published October 23, 2024 2:05pm EDT",
      "  1. The first point is that the text is kept.  ",
      "He said <b>nothing</b> and [to] stop, with \u200bno invisible characters.",
      "Read more",
    ]);
    const result = await ws.importInto(input, "--outlet", "rt", "--stance", "reports");
    assert.equal(result.code, 0, result.err);
    assert.match(result.out, /Wrote .*\/rt\.md/);
    assert.equal(
      ws.read("rt.md"),
      [
        "---",
        "outlet: rt",
        'title: "Kyiv: the view from the capital"',
        'date: "2024-10-23"',
        "stance: reports",
        "byline: Anna Lee",
        "lang: en",
        "---",
        "1\\. The first point is that the text is kept.",
        "",
        "He said \\<b>nothing\\</b> and \\[to\\] stop, with no invisible characters.",
        "",
      ].join("\n"),
    );
    assert.match(result.err, /line 3: \[byline → byline Anna Lee\] By Anna Lee/);
    assert.match(result.err, /line 7: \[[^\]]+\] Read more/);
  });

  it("refuses an input without a date, naming the flag, and writes nothing", async () => {
    const input = text("undated.txt", ["A headline", "A paragraph of the article."]);
    const result = await ws.importInto(input, "--outlet", "fox-news", "--stance", "reports");
    assert.equal(result.code, 1);
    assert.match(result.err, /undated\.txt:1:1 date: is not given by the input \(expected --date YYYY-MM-DD/);
    assert.match(result.err, /Nothing was written\./);
    assert.equal(existsSync(path.join(ws.briefing, "fox-news.md")), false);
  });

  it("says so when furniture rules leave no text, and --keep-all keeps every line", async () => {
    const refused = await ws.importInto(text("all-furniture.txt", ["A headline", "Read more", "Add Comment"]), "--outlet", "fox-news", "--stance", "reports", "--date", "2024-10-23");
    assert.equal(refused.code, 1);
    assert.match(refused.err, /body: is empty: no article text is left\n {4}hint: every line was removed as site furniture; --keep-all keeps them/);
    const input = text("with-furniture.txt", ["A headline", "The article’s one paragraph.", "Read more", "Add Comment"]);
    const kept = await ws.importInto(input, "--outlet", "fox-news", "--stance", "reports", "--date", "2024-10-23", "--keep-all");
    assert.equal(kept.code, 0, kept.err);
    assert.equal(ws.front("fox-news.md").body, "The article’s one paragraph.\n\nRead more\n\nAdd Comment\n");
    assert.equal(kept.err, "");
  });
});

describe("importing saved HTML pages", () => {
  const ws = workspace();
  after(() => ws.content.dispose());

  it("a wire story without JSON-LD: metadata from <meta> and Open Graph, furniture gone, text kept", async () => {
    const result = await ws.importInto(fixture("wire-story.html"), "--outlet", "herald", "--stance", "affirms");
    assert.equal(result.code, 0, result.err);
    const { data, body } = ws.front("herald.md");
    assert.deepEqual(data, {
      outlet: "herald",
      title: "Ukraine says it shot down 40 drones overnight",
      date: "2024-10-24T09:41:07Z",
      stance: "affirms",
      byline: "Hanna Arhirova and Samya Kullab",
      credits: "Kullab reported from Baghdad. Associated Press writer Illia Novikov in Kyiv contributed to this report.",
      url: "https://www.dailyherald.example/news/world/ukraine-drones-overnight?ref=wire",
      lang: "en-US",
    });
    assert.match(body, /^KYIV, Ukraine \(AP\) — Ukraine’s air force said Thursday/);
    assert.match(body, /rolling blackouts in past years\.\n$/);
    for (const gone of ["Firefighters work", "RELATED COVERAGE", "Read more", "Sign up", "Kullab reported", "Most read", "Daily Herald", "Privacy", "<"]) assert.equal(body.includes(gone), false, gone);
    assert.match(result.err, /\[herald furniture \/\^The Daily Herald is a member of\/\] The Daily Herald is a member of the Trust Project\./);
    assert.match(result.err, /\[credit line → credits\] Kullab reported from Baghdad/);
    assert.match(result.err, /\[image\] !\[Firefighters work at a house/);
  });

  it("a page with JSON-LD: the NewsArticle wins over Open Graph, quoting survives, text that looks like HTML stays text", async () => {
    const result = await ws.importInto(fixture("json-ld-page.html"), "--outlet", "rt", "--stance", "reports");
    assert.equal(result.code, 0, result.err);
    const text = ws.read("rt.md");
    assert.match(text, /^title: "Kremlin: talks with Kyiv are ‘not on the agenda’"$/m);
    const { data, body } = ws.front("rt.md");
    assert.equal(data.date, "2024-10-25T11:00:00+03:00");
    assert.equal(data.subtitle, "Dmitry Peskov said the conditions for negotiations had not changed");
    assert.equal(data.byline, "Olga Ivanova and Pyotr Smirnov");
    assert.equal(data.url, "https://worldmonitor.example/en/kremlin-talks-kyiv-agenda");
    assert.equal(data.lang, "en-GB");
    assert.match(body, /calling it an _“invention”_/);
    assert.match(body, /a memo titled \\<script>Plan B\\<\/script> that/);
    for (const gone of ["SECURITY COUNCIL", "Follow World Monitor", "Add a comment", "Trending", "World Monitor ©"]) assert.equal(body.includes(gone), false, gone);
  });

  it("a page with no metadata: the headline from the page, the date from the command line", async () => {
    const refused = await ws.importInto(fixture("no-metadata.html"), "--outlet", "fox-news", "--stance", "reports");
    assert.equal(refused.code, 1);
    assert.match(refused.err, /no-metadata\.html:1:1 date: is not given by the input/);
    const result = await ws.importInto(fixture("no-metadata.html"), "--outlet", "fox-news", "--stance", "reports", "--date", "2024-10-22");
    assert.equal(result.code, 0, result.err);
    const { data, body } = ws.front("fox-news.md");
    assert.deepEqual(data, { outlet: "fox-news", title: "Grain corridor ships leave Odesa ports", date: "2024-10-22", stance: "reports", lang: "en" });
    assert.equal(body.split("\n\n").length, 4);
    assert.equal(body.includes("webmaster"), false);
  });

  it("refuses a page that holds no article", async () => {
    const input = path.join(ws.content.dir, "login.html");
    writeFileSync(input, '<!doctype html><html><head><title>Log in</title></head><body><nav><a href="/">Home</a> <a href="/login">Log in</a></nav></body></html>');
    const result = await ws.importInto(input, "--outlet", "fox-news", "--stance", "reports", "--date", "2024-10-23");
    assert.equal(result.code, 1);
    assert.match(result.err, /login\.html:1:1 file: holds no article that Readability could find/);
  });

  it("command-line values win over the page's", async () => {
    const result = await ws.importInto(fixture("json-ld-page.html"), "--outlet", "rt", "--stance", "reports", "--date", "2024-10-26", "--url", "https://mirror.example/story?utm_medium=x", "--lang", "de");
    assert.equal(result.code, 0, result.err);
    assert.match(result.out, /Wrote .*rt-2\.md/, "another URL is another article, in a file of its own");
    const { data } = ws.front("rt-2.md");
    assert.equal(data.date, "2024-10-26");
    assert.equal(data.url, "https://mirror.example/story");
    assert.equal(data.lang, "de");
  });

  it("every account written passes the check", () => {
    assert.deepEqual(loadContent(ws.content.content).problems, []);
  });
});

describe("importing markdown with front matter", () => {
  const ws = workspace();
  after(() => ws.content.dispose());

  it("validates and normalises: field order, quoting, URL, line ends, blank lines, furniture; keeps what it does not know to change", async () => {
    const input = path.join(ws.content.dir, "draft.md");
    writeFileSync(
      input,
      [
        "---",
        "lang: en",
        "title: NO",
        "date: 2024-10-23",
        "url: https://example.com/a?utm_source=x",
        "archive: https://web.archive.org/web/2024/https://example.com/a",
        "corrections:",
        "  - date: 2024-10-24",
        "    kind: correction",
        "    note: Fixed a name.",
        "outlet: nobody",
        "---",
        "First paragraph.   ",
        "",
        "",
        "",
        "Read more",
        "",
        "Second paragraph.",
        "",
      ].join("\r\n"),
    );
    const result = await ws.importInto(input, "--outlet", "rt", "--stance", "questions");
    assert.equal(result.code, 0, result.err);
    assert.equal(
      ws.read("rt.md"),
      [
        "---",
        "outlet: rt",
        'title: "NO"',
        'date: "2024-10-23"',
        "stance: questions",
        "url: https://example.com/a",
        "archive: https://web.archive.org/web/2024/https://example.com/a",
        "lang: en",
        "corrections:",
        '  - date: "2024-10-24"',
        "    kind: correction",
        "    note: Fixed a name.",
        "---",
        "First paragraph.",
        "",
        "Second paragraph.",
        "",
      ].join("\n"),
    );
    assert.match(result.err, /draft\.md: removed 1 line .*\n {2}line 17: \[[^\]]+\] Read more/);
  });

  it("reports the input's own mistakes at its own lines", async () => {
    const input = path.join(ws.content.dir, "broken.md");
    writeFileSync(input, "---\ntitle: A headline\ndate: 2024-02-30\nsubtitel: x\n---\nText.\n");
    const result = await ws.importInto(input, "--outlet", "fox-news", "--stance", "reports");
    assert.equal(result.code, 1);
    assert.match(result.err, /broken\.md:3:1 date: "2024-02-30" is not a real date/);
    assert.match(result.err, /broken\.md:4:1 subtitel: is not a known field\n {4}hint: did you mean "subtitle"\?/);
  });
});

describe("never losing work", () => {
  const ws = workspace();
  after(() => ws.content.dispose());
  const seedLike = fixture("wire-story.html");
  const args = ["--outlet", "herald", "--stance", "affirms"];

  it("importing the same input again gives the same bytes and leaves the file alone", async () => {
    assert.equal((await ws.importInto(seedLike, ...args)).code, 0);
    const first = ws.read("herald.md");
    const again = await ws.importInto(seedLike, ...args);
    assert.equal(again.code, 0, again.err);
    assert.match(again.out, /Unchanged .*herald\.md/);
    assert.equal(ws.read("herald.md"), first);

    const other = workspace();
    try {
      assert.equal((await other.importInto(seedLike, ...args)).code, 0);
      assert.equal(other.read("herald.md"), first, "a fresh import elsewhere writes the same bytes");
    } finally {
      other.content.dispose();
    }
  });

  it("does not overwrite an edited account of the same article without --force", async () => {
    const edited = ws.read("herald.md").replace("shot down 40 of 52", "shot down 41 of 52");
    writeFileSync(path.join(ws.briefing, "herald.md"), edited);
    const refused = await ws.importInto(seedLike, ...args);
    assert.equal(refused.code, 1);
    assert.match(refused.err, /herald\.md:1:1 file: already holds this article .*\n {4}hint: pass --force to replace it/);
    assert.equal(ws.read("herald.md"), edited);
    const forced = await ws.importInto(seedLike, ...args, "--force");
    assert.equal(forced.code, 0, forced.err);
    assert.match(forced.out, /Replaced .*herald\.md/);
    assert.match(ws.read("herald.md"), /shot down 40 of 52/);
  });

  it("gives a second article from the same outlet its own file", async () => {
    const result = await ws.importInto(fixture("no-metadata.html"), ...args, "--date", "2024-10-22");
    assert.equal(result.code, 0, result.err);
    assert.match(result.out, /Wrote .*herald-2\.md/);
    assert.equal(ws.front("herald-2.md").data.title, "Grain corridor ships leave Odesa ports");
  });

  it("writes nothing, not even part of a batch, when one input fails", async () => {
    const before = ws.files();
    const result = await parallax("import", fixture("json-ld-page.html"), fixture("no-metadata.html"), "--outlet", "rt", "--stance", "reports", "--briefing", SAMPLE_SLUG, "--content", ws.content.content);
    assert.equal(result.code, 1);
    assert.match(result.err, /no-metadata\.html:1:1 date/);
    assert.deepEqual(ws.files(), before, "no account and no temporary file");
  });

  it("refuses the same article twice in one import", async () => {
    const result = await parallax("import", fixture("json-ld-page.html"), fixture("json-ld-page.html"), "--outlet", "rt", "--stance", "reports", "--briefing", SAMPLE_SLUG, "--content", ws.content.content);
    assert.equal(result.code, 1);
    assert.match(result.err, /rt\.md:1:1 file: would receive the same article twice in one import/);
  });
});

describe("an outlet's furniture configured in the registry", () => {
  const ws = workspace();
  let input: string;
  before(() => {
    input = path.join(ws.content.dir, "story.txt");
    writeFileSync(input, "A headline\nThe first paragraph.\nWatch RT on Rumble\nThe second paragraph.\n");
  });
  after(() => ws.content.dispose());

  it("removes the lines the outlet's patterns match, with no code changed", async () => {
    const outlets = readFileSync(path.join(ws.content.content, "_data/outlets.yaml"), "utf8");
    ws.content.write("_data/outlets.yaml", outlets.replace('    - "^Read more$"', '    - "^Read more$"\n    - "^Watch RT on Rumble$"'));
    const result = await ws.importInto(input, "--outlet", "rt", "--stance", "reports", "--date", "2024-10-23");
    assert.equal(result.code, 0, result.err);
    assert.equal(ws.front("rt.md").body, "The first paragraph.\n\nThe second paragraph.\n");
    assert.match(result.err, /line 3: \[rt furniture \/\^Watch RT on Rumble\$\/\] Watch RT on Rumble/);
  });

  it("reports a broken pattern at its line in the registry", async () => {
    const outlets = readFileSync(path.join(ws.content.content, "_data/outlets.yaml"), "utf8");
    ws.content.write("_data/outlets.yaml", outlets.replace('    - "^Watch RT on Rumble$"', '    - "^Watch (RT"'));
    const result = await ws.importInto(input, "--outlet", "rt", "--stance", "reports", "--date", "2024-10-23", "--force");
    assert.equal(result.code, 1);
    assert.match(result.err, /outlets\.yaml:\d+:7 rt\.furniture\[1\]: is not a valid regular expression/);
  });
});
