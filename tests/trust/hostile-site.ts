import { stringify } from "yaml";
import { accountSchema, briefingSchema, outletRegistrySchema, stanceVocabularySchema } from "../../src/content/schema.ts";
import { check } from "../../src/content/validate.ts";
import { inEveryMarkdownPosition, PAYLOADS, type Payload } from "./corpus.ts";

/**
 * A site built from the attack corpus: one briefing per payload, the payload in every field of the
 * briefing, of its one account, of the account's outlet and of its stance, and in every markdown
 * position of the account's body and the briefing's summary. A field keeps the payload only where
 * the validator accepts it there (checked formats such as URLs refuse most; text fields refuse
 * invisible controls); elsewhere it holds a plain value.
 */

export type SourceKind = "account" | "briefing" | "outlet" | "stance";

/**
 * A field a source can carry text in: `checked` fields have a format the validator enforces,
 * `markdown` ones get the payload in every markdown position.
 */
export interface Placement {
  source: SourceKind;
  path: readonly (string | number)[];
  kind: "text" | "checked" | "markdown";
}

export const PLACEMENTS: readonly Placement[] = [
  ...(["title", "subtitle", "byline", "credits"] as const).map((f) => text("account", f)),
  text("account", "corrections", 0, "note"),
  ...(["url", "archive", "lang", "date", "retrieved"] as const).map((f) => checked("account", f)),
  checked("account", "corrections", 0, "date"),
  ...(["title", "claim"] as const).map((f) => text("briefing", f)),
  { source: "briefing", path: ["summary"], kind: "markdown" },
  text("briefing", "tags", 0),
  text("briefing", "corrections", 0, "note"),
  ...(["name", "country", "ownership", "notes"] as const).map((f) => text("outlet", f)),
  checked("outlet", "furniture", 0), // a regular expression
  checked("outlet", "homepage"),
  ...(["label", "meaning", "symbol"] as const).map((f) => text("stance", f)),
];

/** Fields that hold registry keys: their form is checked, so they carry the keys below. */
export const KEY_FIELDS = { account: ["outlet", "stance"], stance: ["key"] } as const;
/** Keys that are also JavaScript's own property names, used for one extra briefing. */
export const PROTOTYPE_KEY = "constructor";

const plain = (i: string) => ({
  account: { outlet: `o-${i}`, title: "A headline", date: "2024-10-23", stance: `s-${i}`, subtitle: "A standfirst", byline: "A reporter", credits: "A credit line", url: "https://example.com/a", retrieved: "2024-10-24", archive: "https://web.archive.org/web/2024/https://example.com/a", lang: "en", corrections: [{ date: "2024-10-25", kind: "correction", note: "A note" }] } as Record<string, unknown>,
  briefing: { title: "A briefing", claim: "Something happened.", tags: ["A tag"], corrections: [{ date: "2024-10-25", kind: "update", note: "A note" }] } as Record<string, unknown>,
  outlet: { name: "An outlet", homepage: "https://example.com/", country: "A country", ownership: "An owner", notes: "A note", furniture: ["^Read more$"] } as Record<string, unknown>,
  stance: { key: `s-${i}`, label: "A stance", meaning: "What it means.", symbol: "■" } as Record<string, unknown>,
});

/** What `placement` carries for `payload`. */
export function valueFor(placement: Placement, payload: string): string {
  return placement.kind === "markdown" ? inEveryMarkdownPosition(payload, placement.path.join("-")) : payload;
}

/** True when the validator accepts `payload` in `placement` of an otherwise plain source. */
export function accepts(placement: Placement, payload: string): boolean {
  const data = plain("1")[placement.source];
  setAt(data, placement.path, valueFor(placement, payload));
  const none = () => ({ line: 1, col: 1 });
  switch (placement.source) {
    case "account":
      return check(accountSchema, data, "probe", none).ok;
    case "briefing":
      return check(briefingSchema, data, "probe", none).ok;
    case "outlet":
      return check(outletRegistrySchema, { "o-1": data }, "probe", none).ok;
    case "stance":
      return check(stanceVocabularySchema, [data], "probe", none).ok;
  }
}

export interface HostileBriefing {
  slug: string;
  payload: Payload;
  /** The placements whose field carries the payload in the built site. */
  placed: Placement[];
}

/** The files of the hostile site, relative to the content folder, and what each briefing carries. */
export function hostileSources(payloads: readonly Payload[] = PAYLOADS): { files: Map<string, string>; briefings: HostileBriefing[] } {
  const files = new Map<string, string>();
  const outlets: Record<string, unknown> = {};
  const stances: unknown[] = [];
  const briefings = payloads.map((payload, n): HostileBriefing => {
    const i = String(n + 1).padStart(3, "0");
    const sources = plain(i);
    const placed = PLACEMENTS.filter((p) => accepts(p, payload.payload));
    for (const p of placed) setAt(sources[p.source], p.path, valueFor(p, payload.payload));
    const slug = `p-${i}`;
    outlets[`o-${i}`] = sources.outlet;
    stances.push(sources.stance);
    files.set(`briefings/${slug}/index.md`, sourceText(sources.briefing));
    // The body is the outlet's text as published: the validator never refuses it for what it says.
    files.set(`briefings/${slug}/a.md`, sourceText(sources.account, inEveryMarkdownPosition(payload.payload, "body")));
    return { slug, payload, placed };
  });
  // JavaScript's own property names as outlet and stance keys, briefing folder and account file.
  const extra = plain(PROTOTYPE_KEY);
  outlets[PROTOTYPE_KEY] = extra.outlet;
  stances.push({ ...extra.stance, key: PROTOTYPE_KEY });
  files.set(`briefings/${PROTOTYPE_KEY}/index.md`, sourceText(extra.briefing));
  files.set(`briefings/${PROTOTYPE_KEY}/${PROTOTYPE_KEY}.md`, sourceText({ ...extra.account, outlet: PROTOTYPE_KEY, stance: PROTOTYPE_KEY }, "Text."));
  files.set("_data/outlets.yaml", yamlText(outlets));
  files.set("_data/stances.yaml", yamlText(stances));
  // Every briefing in the feeds, so every payload passes through them.
  files.set("_data/site.yaml", yamlText({ title: "Parallax", url: "https://parallax.example/", language: "en", description: "Briefings.", feedEntries: 10_000 }));
  return { files, briefings };
}

/** A source file: the fields as YAML front matter (every string double-quoted, so any text survives), then the body. */
export function sourceText(front: Record<string, unknown>, body?: string): string {
  return `---\n${yamlText(front)}---\n${body === undefined ? "" : `${body}\n`}`;
}

/** YAML with every string double-quoted and escaped, so any text survives the trip. */
export function yamlText(value: unknown): string {
  return stringify(value, { defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN", lineWidth: 0 });
}

function setAt(target: Record<string, unknown>, path: readonly (string | number)[], value: unknown): void {
  let node: Record<string | number, unknown> = target;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
}

function text(source: SourceKind, ...path: (string | number)[]): Placement {
  return { source, path, kind: "text" };
}

function checked(source: SourceKind, ...path: (string | number)[]): Placement {
  return { source, path, kind: "checked" };
}
