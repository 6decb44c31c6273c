import { createHash } from "node:crypto";
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { compareStrings } from "../content/problems.ts";
import { writeWhole } from "../util/write-whole.ts";

/**
 * Rendered briefing pages kept between builds, by content hash, so a build after a one-account
 * commit renders one page rather than the archive (CI restores the folder between runs). An
 * entry's name hashes everything its page is made from: the page's data, and a salt of the code,
 * layouts, locked dependencies, Node and ICU that turn data into HTML. A stale entry is never
 * read, only pruned.
 */
export interface PageCache {
  dir: string;
  salt: string;
  /** Pages this build copied from the cache, and pages it rendered (and kept in it). */
  restored: number;
  rendered: number;
  /** This build's briefing pages' entries, by page file (relative to the site, as `sitePath` gives it). */
  entries: Map<string, string>;
}

/** Where a build's cache lives by default: `.cache/parallax/<output name>/` beside the output folder. */
export function defaultCacheDir(output: string): string {
  return path.join(path.dirname(output), ".cache", "parallax", path.basename(output));
}

const PROJECT = path.resolve(import.meta.dirname, "../..");
/** What turns a briefing's data into its page, besides the data: a change to any of it makes every entry stale. */
const RENDERING_CODE = ["src", "layouts", "package-lock.json"].map((p) => path.join(PROJECT, p));

/**
 * A cache whose salt covers `codePaths` (files, or folders read whole; by default Parallax's own)
 * and the runtime. Files are named in it relative to their folder, so a clone elsewhere (another
 * CI runner's checkout) finds the same entries.
 */
export function openPageCache(dir: string, codePaths = RENDERING_CODE): PageCache {
  const hash = createHash("sha256").update(`${process.version}\n${process.versions.icu}\n`);
  const files = codePaths.flatMap(filesUnder).sort((a, b) => compareStrings(a.name, b.name));
  for (const { name, file } of files) hash.update(`${name}\n`).update(readFileSync(file)).update("\n");
  return { dir, salt: hash.digest("hex"), restored: 0, rendered: 0, entries: new Map() };
}

/** The files of a code path, each with a name that does not depend on where the project is. */
function filesUnder(target: string): { name: string; file: string }[] {
  const base = path.basename(target);
  if (!statSync(target).isDirectory()) return [{ name: base, file: target }];
  const entries = readdirSync(target, { recursive: true, withFileTypes: true, encoding: "utf8" }).filter((e) => e.isFile());
  return entries.map((e) => {
    const file = path.join(e.parentPath, e.name);
    return { name: path.join(base, path.relative(target, file)).split(path.sep).join("/"), file };
  });
}

/** The entry of a page whose data has key `key`. */
export function cacheEntry(cache: PageCache, key: string): string {
  return path.join(cache.dir, `${createHash("sha256").update(`${cache.salt}\n${key}`).digest("hex").slice(0, 40)}.html`);
}

/**
 * Puts an entry's page at `target` as a hard link to it, or a copy where links cannot be made (the
 * cache on another disk); false when neither can be (no entry yet, pruned meanwhile by another
 * build, unreadable), and the page is rendered instead: the cache only ever saves work. A link
 * writes no page data: at 2,000 briefings this step took 0.55–0.6 s instead of 1.0–1.5 s. It is
 * safe because Parallax never writes into a page file, only replaces it (`writePage`), and an entry
 * is replaced whole too (`storeEntry`).
 */
export function restoreEntry(entry: string, target: string): boolean {
  mkdirSync(path.dirname(target), { recursive: true });
  rmSync(target, { force: true }); // a page an earlier watch-mode pass wrote, perhaps itself a link
  try {
    linkSync(entry, target);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false; // no entry: nothing to copy either
  }
  try {
    copyFileSync(entry, target);
    return true;
  } catch {
    return false;
  }
}

/** Keeps a rendered page in its entry (see `writeWhole`: never a truncated entry, never a failed build). */
export function storeEntry(entry: string, html: string): void {
  writeWhole(entry, html);
}

/** Removes every entry but `kept`, so the cache holds the current site's pages and no more (another build's partial writes stay). */
export function pruneCache(cache: PageCache, kept: Set<string>): void {
  let names: string[];
  try {
    names = readdirSync(cache.dir);
  } catch {
    return;
  }
  for (const name of names) {
    const entry = path.join(cache.dir, name);
    if (name.endsWith(".html") && !kept.has(entry)) rmSync(entry, { force: true });
  }
}
