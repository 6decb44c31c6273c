import { createHash } from "node:crypto";

/**
 * The text as cited: the body with trailing spaces cut from each line, blank lines at either end
 * dropped, and one final newline. Editors' whitespace slips do not change it; any change a
 * reader could see does.
 */
export function citedText(body: string): string {
  const lines = body.split("\n").map((line) => line.trimEnd());
  while (lines.length && lines[0] === "") lines.shift();
  while (lines.length && lines[lines.length - 1] === "") lines.pop();
  return `${lines.join("\n")}\n`;
}

/** SHA-256 (hex) of the text as cited, UTF-8: anyone can check a copy against the page. */
export function textHash(body: string): string {
  return createHash("sha256").update(citedText(body), "utf8").digest("hex");
}

/** Whether two bodies differ in more than white space (re-wrapping, indentation, blank lines). */
export function differsBeyondWhitespace(a: string, b: string): boolean {
  const squash = (text: string) => text.replace(/\s+/g, " ").trim();
  return squash(a) !== squash(b);
}
