import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { compareDates, parseSourceDate, type SourceDate } from "../model/dates.ts";
import type { Account, Briefing, Correction, Outlet, Site, Stance, Tag } from "../model/types.ts";
import { textHash } from "../provenance/text-hash.ts";
import { compareStrings, problem, sortProblems, type Problem } from "./problems.ts";
import { ACCOUNT_FIELDS, accountSchema, BRIEFING_FIELDS, briefingSchema, outletRegistrySchema, stanceVocabularySchema, type CorrectionEntry } from "./schema.ts";
import { parseSourceFile, type SourceFile } from "./source-file.ts";
import { loadSiteConfig, SITE_FILE } from "./site-config.ts";
import { check, checkMarkdown, closest } from "./validate.ts";
import { keepResult, reuseResult } from "../util/kept-results.ts";
import type { ValidationCache } from "./validation-cache.ts";
import { readYaml } from "./yaml.ts";

export interface LoadOptions {
  /** Results of earlier builds (src/content/validation-cache.ts): a briefing whose files are unchanged is not validated again. */
  cache?: ValidationCache;
}

export interface LoadResult {
  /** Present only when there is no error; warnings may still be listed. */
  site?: Site;
  problems: Problem[];
}

export const OUTLETS_FILE = "_data/outlets.yaml";
export const STANCES_FILE = "_data/stances.yaml";
export const BRIEFINGS_DIR = "briefings";
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Loads and validates everything under the content folder. Every problem in every file is
 * collected, so an editor fixes a whole batch at once; the site exists only when there is none.
 */
export function loadContent(contentDir: string, options: LoadOptions = {}): LoadResult {
  const show = (abs: string) => displayPath(abs);
  const { outlets, stances, problems } = loadRegistries(contentDir);
  problems.push(...loadSiteConfig(contentDir).problems, ...unreadFiles(contentDir, show));
  const registries = { outlets: new Map(outlets.map((o) => [o.key, o])), stances: new Map(stances.map((s) => [s.key, s])) };

  const registriesKey = JSON.stringify([outlets, stances]);

  const briefingsDir = path.join(contentDir, BRIEFINGS_DIR);
  const briefings: Briefing[] = [];
  const previous = loadedBriefings.get(briefingsDir);
  const current = new Map<string, LoadedBriefing>();
  loadedBriefings.set(briefingsDir, current); // briefings deleted since the last load are forgotten
  for (const entry of listDir(briefingsDir)) {
    const abs = path.join(briefingsDir, entry);
    if (!isDirectory(abs)) {
      if (entry.endsWith(".md"))
        problems.push(problem({ file: show(abs), line: 1, field: "file", message: "is an account outside any briefing", hint: `move it into a briefing folder: ${BRIEFINGS_DIR}/<slug>/${entry}` }));
      continue;
    }
    const loaded = loadBriefingCached(abs, entry, registries, registriesKey, show, previous, options.cache);
    current.set(abs, loaded);
    problems.push(...loaded.problems);
    if (loaded.briefing) briefings.push(loaded.briefing);
  }

  sortProblems(problems);
  if (problems.some((p) => p.severity === "error")) return { problems };
  briefings.sort((a, b) => compareStrings(b.lastDay, a.lastDay) || compareStrings(a.slug, b.slug));
  return { site: { outlets, stances, briefings }, problems };
}

/** The outlet registry and stance vocabulary alone: what a tool that writes one source checks against. */
export function loadRegistries(contentDir: string): { outlets: Outlet[]; stances: Stance[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const outlets = loadOutlets(path.join(contentDir, OUTLETS_FILE), displayPath, problems);
  const stances = loadStances(path.join(contentDir, STANCES_FILE), displayPath, problems);
  return { outlets, stances, problems };
}

/** Files the build never reads (a template, a script, a misplaced account): a warning, so the editor knows it has no effect. */
function unreadFiles(contentDir: string, show: (abs: string) => string): Problem[] {
  // Everything the loader reads at the top of the content folder and in its _data/ folder.
  const read = new Set(["_data", BRIEFINGS_DIR, OUTLETS_FILE, STANCES_FILE, SITE_FILE]);
  const entries = [...listDir(contentDir), ...listDir(path.join(contentDir, "_data")).map((entry) => `_data/${entry}`)];
  return entries
    .filter((entry) => !read.has(entry))
    .map((entry) =>
      problem({ file: show(path.join(contentDir, entry)), line: 1, field: "file", severity: "warning", message: "is not part of the content: the build ignores it", hint: `briefings go in ${BRIEFINGS_DIR}/<slug>/, the registries and site settings in _data/` }),
    );
}

interface Registries {
  outlets: Map<string, Outlet>;
  stances: Map<string, Stance>;
}

/**
 * The briefings of each content folder's latest load, by folder, kept while a briefing's files
 * (names, sizes, modification times) and the registries stay the same. The build validates before
 * Eleventy loads the same content, and in watch mode (`npm start`) an edit reloads one briefing:
 * an unchanged briefing is the very same object, so the layers above can remember what they
 * derived from it.
 */
const loadedBriefings = new Map<string, Map<string, LoadedBriefing>>();

interface LoadedBriefing {
  stamp: string;
  briefing: Briefing | undefined;
  problems: Problem[];
}

function loadBriefingCached(dir: string, slug: string, registries: Registries, registriesKey: string, show: (abs: string) => string, previous: Map<string, LoadedBriefing> | undefined, cache: ValidationCache | undefined): LoadedBriefing {
  const entries = listDir(dir);
  const stamp = [registriesKey, show(dir), ...entries.map((entry) => `${entry}:${fileStamp(path.join(dir, entry))}`)].join("\n");
  const cached = previous?.get(dir);
  if (cached?.stamp === stamp) return cached;
  // Read and hashed with or without a cache: the key also names the briefing for the layers above.
  const read = readForKey(dir, entries, registriesKey, show);
  const kept = read && cache ? reuseResult(cache, read.key) : undefined;
  if (kept) return { stamp, briefing: kept.briefing && keyed(restored(kept.briefing, kept.bodyLengths, read!.files, registries), read!.key), problems: kept.problems };
  const problems: Problem[] = [];
  // The files just read for the key are validated from those bytes, not read again.
  const bytesOf = (file: string) => read?.files.get(path.basename(file)) ?? readFileSync(file);
  const briefing = loadBriefing(dir, slug, entries, registries, show, problems, bytesOf);
  if (read && cache) keepResult(cache, read.key, { ...(briefing ? { briefing } : {}), problems, bodyLengths: briefing?.accounts.map((a) => a.body.length) ?? [] });
  return { stamp, briefing: briefing && read ? keyed(briefing, read.key) : briefing, problems };
}

/** The key of the files each briefing was loaded from. */
const sourceKeys = new WeakMap<Briefing, string>();

function keyed(briefing: Briefing, key: string): Briefing {
  sourceKeys.set(briefing, key);
  return briefing;
}

/**
 * What a briefing was made from, hashed (its files, the registries, its path): the same key means the
 * same briefing, so what is derived from it can be keyed by it. Undefined when a file could not be read.
 */
export function sourceKey(briefing: Briefing): string | undefined {
  return sourceKeys.get(briefing);
}

/**
 * What a briefing folder's result depends on, hashed: the registries, the path its problems name,
 * and each entry's name and kind, with the bytes of its markdown files (the only ones read), which
 * are returned too. Undefined when a file cannot be read: the folder is validated, and the problem reported.
 */
function readForKey(dir: string, entries: string[], registriesKey: string, show: (abs: string) => string): { key: string; files: Map<string, Buffer> } | undefined {
  const hash = createHash("sha256").update(`${registriesKey}\n${show(dir)}\n`);
  const files = new Map<string, Buffer>();
  try {
    for (const entry of entries) {
      const file = path.join(dir, entry);
      hash.update(`${entry}\n`);
      if (isDirectory(file)) hash.update("folder\n");
      else if (entry.endsWith(".md")) {
        const bytes = readFileSync(file);
        files.set(entry, bytes);
        hash.update(bytes).update("\n");
      }
    }
  } catch {
    return undefined;
  }
  return { key: hash.digest("hex"), files };
}

/**
 * A briefing read back from the cache, made whole: each account's text (the end of its file) and
 * the registries' own outlets and stances, as a briefing validated now has.
 */
function restored(briefing: Briefing, bodyLengths: number[], files: Map<string, Buffer>, registries: Registries): Briefing {
  briefing.accounts.forEach((account, i) => {
    const text = files.get(`${account.id}.md`)!.toString("utf8");
    account.body = text.slice(text.length - bodyLengths[i]!);
    account.outlet = registries.outlets.get(account.outlet.key)!;
    account.stance = registries.stances.get(account.stance.key)!;
  });
  return briefing;
}

function fileStamp(file: string): string {
  const stats = statSync(file, { bigint: true, throwIfNoEntry: false });
  return stats ? `${stats.isDirectory() ? "dir" : "file"}:${stats.size}:${stats.mtimeNs}` : "missing";
}

/** A file's bytes: read from disk, or from an earlier read of the same load. */
type ReadBytes = (file: string) => Buffer;

function loadBriefing(dir: string, slug: string, entries: string[], registries: Registries, show: (abs: string) => string, problems: Problem[], bytesOf: ReadBytes): Briefing | undefined {
  const indexPath = path.join(dir, "index.md");
  const accountFiles = entries.filter((e) => e.endsWith(".md") && e !== "index.md");
  for (const nested of entries.filter((e) => isDirectory(path.join(dir, e))))
    problems.push(problem({ file: show(path.join(dir, nested)), line: 1, field: "file", message: "is a folder inside a briefing", hint: "a briefing folder holds index.md and one .md file per account, nothing nested" }));
  if (!SLUG.test(slug))
    problems.push(problem({ file: show(dir), line: 1, field: "slug", message: `"${slug}" is not a valid briefing folder name`, expected: "lower-case letters, digits and single hyphens" }));
  if (!entries.includes("index.md")) {
    problems.push(problem({ file: show(indexPath), line: 1, field: "file", message: "is missing: every briefing needs an index.md with its title and claim" }));
  }
  if (accountFiles.length === 0)
    problems.push(problem({ file: show(entries.includes("index.md") ? indexPath : dir), line: 1, field: "accounts", message: "the briefing has no accounts", hint: "add one .md file per outlet's account beside index.md" }));

  const index = entries.includes("index.md") ? readSource(indexPath, show, problems, bytesOf) : undefined;
  const front = index && collect(check(briefingSchema, index.data, index.file, index.locate, BRIEFING_FIELDS), problems);
  if (index && front?.summary) problems.push(...checkMarkdown(front.summary, "summary", () => ({ file: index.file, ...index.locate(["summary"]) })));
  const accounts = accountFiles.flatMap((name) => loadAccount(path.join(dir, name), slug, registries, show, problems, bytesOf) ?? []);
  if (!front || !index || accounts.length !== accountFiles.length || accounts.length === 0) return undefined;

  accounts.sort((a, b) => compareDates(a.published, b.published) || compareStrings(a.outlet.name, b.outlet.name) || compareStrings(a.id, b.id));
  const days = accounts.map((a) => a.published.day).sort(compareStrings);
  return {
    slug,
    sourcePath: index.file,
    title: front.title,
    claim: front.claim,
    ...(front.summary ? { summary: front.summary } : {}),
    tags: uniqueTags(front.tags),
    accounts,
    firstDay: days[0]!,
    lastDay: days[days.length - 1]!,
    ...changeRecord([...corrections(front.corrections), ...accounts.flatMap((a) => a.corrections)]),
  };
}

function loadAccount(file: string, briefingSlug: string, registries: Registries, show: (abs: string) => string, problems: Problem[], bytesOf: ReadBytes): Account | undefined {
  const source = readSource(file, show, problems, bytesOf);
  if (!source) return undefined;
  const id = path.basename(file, ".md");
  const before = problems.length;
  if (!SLUG.test(id))
    problems.push(problem({ file: source.file, line: 1, field: "file", message: `"${id}.md" is not a valid account file name`, expected: "lower-case letters, digits and single hyphens, e.g. fox-news.md" }));
  const front = collect(check(accountSchema, source.data, source.file, source.locate, ACCOUNT_FIELDS), problems);
  const outlet = lookup(registries.outlets, source, "outlet", OUTLETS_FILE, problems);
  const stance = lookup(registries.stances, source, "stance", STANCES_FILE, problems);
  problems.push(...checkMarkdown(source.body, "body", (line) => ({ file: source.file, line: source.bodyLine + line })));
  if (source.body.trim() === "")
    problems.push(problem({ file: source.file, line: source.bodyLine, field: "body", message: "is empty: an account needs the article's text after the front matter" }));
  if (!front || !outlet || !stance || problems.length > before) return undefined;

  return {
    id,
    briefingSlug,
    sourcePath: source.file,
    outlet,
    stance,
    title: front.title,
    ...optional({ subtitle: front.subtitle, byline: front.byline, credits: front.credits, url: front.url, archive: front.archive }),
    published: sourceDate(front.date),
    ...(front.retrieved ? { retrieved: sourceDate(front.retrieved) } : {}),
    lang: Intl.getCanonicalLocales(front.lang)[0]!,
    body: source.body,
    sha256: textHash(source.body),
    ...changeRecord(corrections(front.corrections, id)),
  };
}

/** Resolves a registry key; an unknown one is a problem that lists what is known. */
function lookup<T>(registry: Map<string, T>, source: SourceFile, field: "outlet" | "stance", registryFile: string, problems: Problem[]): T | undefined {
  const value = source.data[field];
  if (typeof value !== "string") return undefined; // the schema reports it
  const found = registry.get(value);
  if (found) return found;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) return undefined; // the schema reports the form
  const known = [...registry.keys()];
  const suggestion = closest(value, known);
  problems.push(
    problem({
      file: source.file,
      ...source.locate([field]),
      field,
      message: `"${value}" is not in the ${field} registry`,
      expected: `one of ${known.join(", ")}`,
      hint: suggestion ? `did you mean "${suggestion}"?` : `add it to content/${registryFile}`,
    }),
  );
  return undefined;
}

function loadOutlets(file: string, show: (abs: string) => string, problems: Problem[]): Outlet[] {
  const data = readRegistry(file, show, problems);
  if (data === undefined) return [];
  const checked = collect(check(outletRegistrySchema, data.value, show(file), data.locate), problems);
  if (!checked) return [];
  return Object.entries(checked)
    .map(([key, o]) => ({ key, ...o, ...optional({ notes: o.notes }) }))
    .sort((a, b) => compareStrings(a.key, b.key));
}

function loadStances(file: string, show: (abs: string) => string, problems: Problem[]): Stance[] {
  const data = readRegistry(file, show, problems);
  if (data === undefined) return [];
  const stances = collect(check(stanceVocabularySchema, data.value, show(file), data.locate), problems) ?? [];
  const seen = new Set<string>();
  stances.forEach((s, i) => {
    if (seen.has(s.key)) problems.push(problem({ file: show(file), ...data.locate([i, "key"]), field: `[${i}].key`, message: `"${s.key}" is listed twice` }));
    seen.add(s.key);
  });
  return stances;
}

function readRegistry(file: string, show: (abs: string) => string, problems: Problem[]) {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    problems.push(problem({ file: show(file), line: 1, field: "file", message: "is missing", hint: "the outlet registry and stance vocabulary live in content/_data/" }));
    return undefined;
  }
  const yaml = readYaml(show(file), text);
  if (!yaml.ok) {
    problems.push(...yaml.problems);
    return undefined;
  }
  return { value: yaml.data, locate: yaml.locate };
}

function readSource(file: string, show: (abs: string) => string, problems: Problem[], bytesOf: ReadBytes): SourceFile | undefined {
  const result = parseSourceFile(show(file), bytesOf(file));
  if (result.ok) return result.source;
  problems.push(...result.problems);
  return undefined;
}

function collect<T>(result: { ok: true; value: T } | { ok: false; problems: Problem[] }, problems: Problem[]): T | undefined {
  if (result.ok) return result.value;
  problems.push(...result.problems);
  return undefined;
}

function sourceDate(text: string): SourceDate {
  const parsed = parseSourceDate(text);
  if (!parsed.ok) throw new Error(`unvalidated date ${text}`);
  return parsed.date;
}

function corrections(entries: CorrectionEntry[], accountId?: string): Correction[] {
  return entries.map((e) => ({ date: sourceDate(e.date), minor: e.minor, ...optional({ kind: e.kind, note: e.note, accountId }) }));
}

/** Corrections newest first (ties in a defined order) and the date the page was last updated. */
function changeRecord(entries: Correction[]): { corrections: Correction[]; updated?: SourceDate } {
  const sorted = entries.sort((a, b) => compareDates(b.date, a.date) || compareStrings(a.accountId ?? "", b.accountId ?? "") || compareStrings(a.note ?? "", b.note ?? ""));
  const latest = sorted.find((c) => !c.minor);
  return { corrections: sorted, ...(latest ? { updated: latest.date } : {}) };
}

function uniqueTags(labels: string[]): Tag[] {
  const bySlug = new Map<string, Tag>();
  for (const label of labels) {
    const slug = slugify(label);
    if (slug && !bySlug.has(slug)) bySlug.set(slug, { label, slug });
  }
  return [...bySlug.values()];
}

export function slugify(label: string): string {
  return label
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/** Drops undefined fields, so optional data is absent rather than present-but-empty. */
function optional<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir).filter((e) => !e.startsWith(".")).sort(compareStrings);
  } catch {
    return [];
  }
}

function isDirectory(p: string): boolean {
  return statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** A path as problem reports show it: relative to the working folder when inside it. */
export function displayPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel.startsWith("..") || path.isAbsolute(rel) ? abs : rel.split(path.sep).join("/");
}
