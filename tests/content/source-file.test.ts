import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseSourceFile } from "../../src/content/source-file.ts";

const parse = (text: string | Uint8Array) => parseSourceFile("a.md", typeof text === "string" ? new TextEncoder().encode(text) : text);
const problemsOf = (text: string | Uint8Array) => {
  const result = parse(text);
  assert.equal(result.ok, false, "expected problems");
  return result.ok ? [] : result.problems;
};

describe("source files", () => {
  it("splits front matter and body, keeping the file's own line numbers", () => {
    const result = parse("---\ntitle: T\ndate: 2024-10-23\n---\n\nBody line.\n");
    assert.ok(result.ok);
    assert.deepEqual(result.source.data, { title: "T", date: "2024-10-23" });
    assert.equal(result.source.bodyLine, 5);
    assert.equal(result.source.body, "\nBody line.\n");
    assert.deepEqual(result.source.locate(["date"]), { line: 3, col: 1 });
  });

  it("keeps dates, NO and yes as strings (core schema)", () => {
    const result = parse("---\ndate: 2024-10-23\noutlet: NO\nstance: yes\n---\nx\n");
    assert.ok(result.ok);
    assert.deepEqual(result.source.data, { date: "2024-10-23", outlet: "NO", stance: "yes" });
  });

  it("refuses executable front matter", () => {
    const [p] = problemsOf("---js\n{ title: require('fs') }\n---\nx\n");
    assert.equal(p!.line, 1);
    assert.equal(p!.field, "front matter");
    assert.match(p!.hint!, /executable front matter is refused/);
  });

  it("reports a missing and an unterminated front matter", () => {
    assert.match(problemsOf("title: x\n")[0]!.message, /is missing/);
    assert.match(problemsOf("---\ntitle: x\nbody\n")[0]!.message, /is not closed/);
  });

  it("names the line and field of a YAML mistake", () => {
    const [p] = problemsOf("---\noutlet: rt\ntitle: Kyiv: the view\n---\nx\n");
    assert.equal(p!.line, 3);
    assert.equal(p!.field, "title");
    assert.match(p!.hint!, /quote/);
  });

  it("reports duplicate keys at the second occurrence", () => {
    const [p] = problemsOf("---\ntitle: a\ndate: 2024-10-23\ntitle: b\n---\nx\n");
    assert.equal(p!.line, 4);
    assert.match(p!.message, /unique/);
  });

  it("refuses YAML aliases, so no alias bomb can expand", () => {
    const bomb = "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n---\nx\n";
    const [p] = problemsOf(bomb);
    assert.match(p!.message, /alias/);
    assert.equal(p!.line, 3);
  });

  it("reports a byte order mark, CRLF line ends and invalid UTF-8 with their lines", () => {
    assert.match(problemsOf("\uFEFF---\ntitle: x\n---\nx\n")[0]!.message, /byte order mark/);
    const crlf = problemsOf("---\ntitle: x\r\n---\nx\n")[0]!;
    assert.equal(crlf.line, 2);
    assert.match(crlf.message, /CRLF/);
    const invalid = problemsOf(new Uint8Array([...new TextEncoder().encode("---\ntitle: x\n---\nok\nbad "), 0xc3, 0x28, 0x0a]))[0]!;
    assert.equal(invalid.line, 5);
    assert.match(invalid.message, /UTF-8/);
  });

  it("refuses overlong lines and files before parsing them", () => {
    assert.match(problemsOf(`---\ntitle: x\n---\n${"[a".repeat(50_000)}\n`)[0]!.message, /characters long/);
    assert.match(problemsOf(`---\ntitle: x\n---\n${"word ".repeat(300_000)}`)[0]!.message, /bytes/);
  });

  it("requires the front matter to be a set of fields", () => {
    assert.match(problemsOf("---\n- a\n- b\n---\nx\n")[0]!.message, /field: value/);
  });
});
