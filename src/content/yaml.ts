import { isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Document } from "yaml";
import { problem, type Problem } from "./problems.ts";

export type Locate = (path: readonly PropertyKey[]) => { line: number; col: number };

export type YamlResult =
  | { ok: true; data: unknown; locate: Locate }
  | { ok: false; problems: Problem[] };

const YAML_HINTS: Record<string, string> = {
  DUPLICATE_KEY: "each field may appear only once",
  TAB_AS_INDENT: "indent with spaces, not tabs",
  default: "quote a value that contains \": \" or starts with a special character, e.g. title: \"Kyiv: the view\"",
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

  const problems: Problem[] = doc.errors.map((err) => {
    const p = err.linePos?.[0] ?? { line: 1, col: 1 };
    return problem({ file, line: p.line, col: p.col, field: fieldAt(doc, err.pos[0]), message: yamlMessage(err.message), hint: YAML_HINTS[err.code] ?? YAML_HINTS.default! });
  });
  visit(doc, {
    Alias(_, node) {
      const offset = node.range?.[0] ?? 0;
      problems.push(problem({ file, ...pos(offset), field: fieldAt(doc, offset), message: "uses a YAML alias", hint: "write the value out; aliases are not allowed in sources" }));
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

/** The top-level key at or before `offset`, to name the field in a syntax error. */
function fieldAt(doc: Document, offset: number): string {
  let name = "front matter";
  if (!isMap(doc.contents)) return name;
  for (const pair of doc.contents.items) {
    const start = isPair(pair) && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    if (start !== undefined && start <= offset) name = String((pair.key as { value: unknown }).value);
  }
  return name;
}

function yamlMessage(message: string): string {
  const first = message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  return `YAML: ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
}
