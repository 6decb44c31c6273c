import { isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Document } from "yaml";
import { problem, type Problem } from "./problems.ts";
import { fieldName } from "./validate.ts";

export type Locate = (path: readonly PropertyKey[]) => { line: number; col: number };

export type YamlResult =
  | { ok: true; data: unknown; locate: Locate }
  | { ok: false; problems: Problem[] };

const YAML_HINTS: Record<string, string> = {
  DUPLICATE_KEY: "each field may appear only once",
  TAB_AS_INDENT: "indent with spaces, not tabs",
  MULTIPLE_DOCS: "the front matter ends at the first line of exactly \"---\"; quote a value that starts with \"---\" or \"...\"",
  RESOURCE_EXHAUSTION: "a field holds text or a list of tags, never values nested this deep",
  TAG_RESOLVE_FAILED: "write the value out; YAML tags are not allowed in sources",
  default: "quote a value that contains \": \" or starts with a special character, e.g. title: \"Kyiv: the view\"",
};

/** Errors about a quoted or bracketed value that never ends. */
const UNCLOSED = new Set(["MISSING_CHAR", "BAD_INDENT"]);

/** The YAML library's words where they would puzzle an editor; `source` is the text at fault. */
const YAML_MESSAGES: Record<string, (source: string) => string> = {
  MULTIPLE_DOCS: () => "YAML: a line starting with \"---\" or \"...\" starts a second document",
  RESOURCE_EXHAUSTION: () => "YAML: values are nested too deeply to read",
  TAG_RESOLVE_FAILED: (source) => `YAML: uses the tag ${source.split(/\s/, 1)[0]}`,
  BLOCK_AS_IMPLICIT_KEY: () => "YAML: a value holds \": \", which reads as the start of another field",
};

/**
 * Parses YAML as data only: core schema (no timestamps, `NO` stays a string, no custom tags),
 * unique keys, no aliases (nothing to expand into a billion laughs). Positions are the text's own
 * 1-based lines, so callers pass text that starts where the file starts.
 */
export function readYaml(file: string, text: string): YamlResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: "core", uniqueKeys: true, lineCounter, prettyErrors: true, strict: true });
  const pos = (offset: number) => lineCounter.linePos(offset);

  // Unresolved tags (`!!js/function`) are only warnings to the library; sources may not use them.
  // Past a stack overflow the parser's other complaints are its consequences.
  const all = [...doc.errors, ...doc.warnings.filter((w) => w.code === "TAG_RESOLVE_FAILED")];
  const errors = all.some((e) => e.code === "RESOURCE_EXHAUSTION") ? all.filter((e) => e.code === "RESOURCE_EXHAUSTION") : all;
  const seen = new Set<string>();
  const problems: Problem[] = errors.flatMap((err) => {
    // A quote or bracket left open is noticed lines later; the mistake is where its value began.
    const owner = UNCLOSED.has(err.code) ? valueAround(doc, text, err.pos[0]) : undefined;
    const p = owner ? pos(owner.start) : (err.linePos?.[0] ?? { line: 1, col: 1 });
    // One mistake can make the library repeat itself hundreds of times on the same line.
    const key = `${p.line}:${err.code}`;
    if (seen.has(key)) return [];
    seen.add(key);
    const message = YAML_MESSAGES[err.code]?.(text.slice(err.pos[0], err.pos[1])) ?? yamlMessage(err.message);
    return [problem({ file, line: p.line, col: p.col, field: owner?.field ?? fieldAt(doc, text, err.pos[0]), message, hint: YAML_HINTS[err.code] ?? YAML_HINTS.default! })];
  });
  visit(doc, {
    Alias(_, node) {
      const offset = node.range?.[0] ?? 0;
      problems.push(problem({ file, ...pos(offset), field: fieldAt(doc, text, offset), message: "uses a YAML alias", hint: "write the value out; aliases are not allowed in sources" }));
      return visit.BREAK;
    },
  });
  if (problems.length) return { ok: false, problems };

  return {
    ok: true,
    data: doc.toJS({ maxAliasCount: 0 }),
    locate(path) {
      const offset = keyOffset(doc, path);
      return offset === undefined ? { line: 1, col: 1 } : pos(offset);
    },
  };
}

/** Offset of the key (or list item) at `path`, or of the deepest part of it that exists. */
function keyOffset(doc: Document, path: readonly PropertyKey[]): number | undefined {
  let node: unknown = doc.contents;
  let found: number | undefined;
  for (const segment of path) {
    let next: { range?: [number, number, number] | null } | undefined;
    let at: number | undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === segment);
      at = (pair?.key as { range?: [number, number, number] } | undefined)?.range?.[0];
      next = pair?.value as typeof next;
    } else if (node && typeof node === "object" && "items" in node && typeof segment === "number") {
      next = (node as { items: (typeof next)[] }).items[segment];
      at = next?.range?.[0];
    }
    if (at === undefined) break;
    found = at;
    node = next;
  }
  return found;
}

/** The top-level value that began on a line before `offset` and runs up to it. */
function valueAround(doc: Document, text: string, offset: number): { field: string; start: number } | undefined {
  if (!isMap(doc.contents)) return undefined;
  for (const pair of doc.contents.items) {
    const range = (pair.value as { range?: [number, number, number] } | null)?.range;
    if (isScalar(pair.key) && range && range[0] < offset && offset <= range[1] && text.slice(range[0], offset).includes("\n"))
      return { field: fieldName([String(pair.key.value ?? "")]), start: range[0] };
  }
  return undefined;
}

/**
 * The field a syntax error belongs to: the key written on the error's own line (the parser may
 * not have read it as one, e.g. after a tab), else the top-level key at or before `offset`.
 */
function fieldAt(doc: Document, text: string, offset: number): string {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const written = /^[ \t]*([A-Za-z0-9_-]+)[ \t]*:/.exec(text.slice(lineStart).split("\n", 1)[0]!)?.[1];
  if (written) return written;
  let name = "front matter";
  if (!isMap(doc.contents)) return name;
  for (const pair of doc.contents.items) {
    const start = isPair(pair) && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    if (start !== undefined && start <= offset) name = fieldName([String((pair.key as { value: unknown }).value ?? "")]);
  }
  return name;
}

function yamlMessage(message: string): string {
  const first = message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  return `YAML: ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
}
