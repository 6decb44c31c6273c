import { problem, type Problem } from "./problems.ts";
import { readYaml, type Locate } from "./yaml.ts";

/** A source file split into front matter (plain data) and body, with a way back to line numbers. */
export interface SourceFile {
  file: string;
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the first body line. */
  bodyLine: number;
  /** Where a front-matter field stands in the file (its key), or the opening fence when absent. */
  locate: Locate;
}

export type SourceResult = { ok: true; source: SourceFile } | { ok: false; problems: Problem[] };

/** No article needs more; a larger file is a paste gone wrong and would only slow every build. */
export const MAX_FILE_BYTES = 1024 * 1024;
export const MAX_LINE_CHARS = 20_000;

const FENCE = "---";

/**
 * Reads a source's bytes. Front matter is data, never code: the first line must be exactly `---`
 * (front-matter libraries such as gray-matter `eval` a `---js` block) and YAML is read with the
 * core schema, so dates and `NO` stay strings and no custom tag runs.
 */
export function parseSourceFile(file: string, bytes: Uint8Array): SourceResult {
  const at = (line: number, field: string, message: string, hint?: string): SourceResult => ({
    ok: false,
    problems: [problem({ file, line, field, message, ...(hint ? { hint } : {}) })],
  });

  if (bytes.length > MAX_FILE_BYTES)
    return at(1, "file", `is ${bytes.length} bytes, over the ${MAX_FILE_BYTES}-byte limit`, "an account holds one article's text; check for a paste gone wrong");
  const badLine = firstInvalidUtf8Line(bytes);
  if (badLine) return at(badLine, "file", "is not valid UTF-8", "re-save the file as UTF-8");
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return at(1, "file", "starts with a byte order mark", "save the file as UTF-8 without BOM");
  const text = new TextDecoder("utf-8").decode(bytes);
  const lines = text.split("\n");
  const crlf = lines.findIndex((l) => l.includes("\r"));
  if (crlf >= 0) return at(crlf + 1, "file", "has Windows (CRLF) line endings", "convert to LF; `git config core.autocrlf input` keeps them so");
  const long = lines.findIndex((l) => l.length > MAX_LINE_CHARS);
  if (long >= 0)
    return at(long + 1, "file", `line is ${lines[long]!.length} characters long, over the ${MAX_LINE_CHARS} limit`, "put each paragraph on its own line");

  if (lines[0] !== FENCE) {
    const message = lines[0]!.startsWith(FENCE)
      ? `must open with a line of exactly "---", not "${lines[0]!.slice(0, 40)}"`
      : "is missing: the file must start with a line of exactly \"---\"";
    const hint = /^---\s*(js|javascript)\b/.test(lines[0]!) ? "executable front matter is refused; write YAML" : "front matter is YAML between two \"---\" lines";
    return at(1, "front matter", message, hint);
  }
  const close = lines.indexOf(FENCE, 1);
  if (close < 0) return at(1, "front matter", "is not closed: no second \"---\" line", "end the front matter with a line of exactly \"---\"");

  // The file's own split, not gray-matter's: it closes at any line that merely starts with "---"
  // (a `--- x` line inside the YAML), and it never calls the YAML engine for empty front matter.
  // The YAML text keeps the opening fence's line empty, so its line numbers are the file's own.
  const yaml = readYaml(file, ["", ...lines.slice(1, close)].join("\n"));
  if (!yaml.ok) return yaml;
  const data = yaml.data ?? {};
  if (typeof data !== "object" || Array.isArray(data)) return at(2, "front matter", "must be a set of `field: value` lines");

  return { ok: true, source: { file, data: data as Record<string, unknown>, body: lines.slice(close + 1).join("\n"), bodyLine: close + 2, locate: yaml.locate } };
}

function firstInvalidUtf8Line(bytes: Uint8Array): number | undefined {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    decoder.decode(bytes);
    return undefined;
  } catch {
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          decoder.decode(bytes.subarray(start, i));
        } catch {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    return 1;
  }
}
