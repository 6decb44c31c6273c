import { readFileSync } from "node:fs";
import { writeWhole } from "./write-whole.ts";

/**
 * Results kept between builds in one JSON file, each under a content key, all under a salt of the
 * code that made them: a result whose key or salt differs is never read. The file holds what the
 * last build used or made, and no more.
 */
export interface KeptResults<T> {
  file: string;
  salt: string;
  /** What the file held, by key: read once, when it is opened. */
  stored: Map<string, T>;
  /** What this build used or made: all the file will hold. */
  current: Map<string, T>;
  /** Results taken from the file, and results made anew. */
  reused: number;
  added: number;
}

interface KeptFile<T> {
  salt: string;
  entries: [string, T][];
}

/**
 * The results kept in `file`; none when there is no file, it cannot be read or it was kept by other
 * code, and none of those `isResult` refuses (what a damaged file may hold).
 */
export function openKeptResults<T>(file: string, salt: string, isResult: (value: T) => boolean = () => true): KeptResults<T> {
  const kept: KeptResults<T> = { file, salt, stored: new Map(), current: new Map(), reused: 0, added: 0 };
  try {
    const read = JSON.parse(readFileSync(file, "utf8")) as KeptFile<T>;
    if (read.salt === salt && Array.isArray(read.entries)) kept.stored = new Map(read.entries.filter(([, value]) => isResult(value)));
  } catch {
    // none yet, or unreadable: every result is made anew
  }
  return kept;
}

/** The earlier result for `key`, kept for the next build too. */
export function reuseResult<T>(kept: KeptResults<T>, key: string): T | undefined {
  const found = kept.stored.get(key);
  if (found === undefined) return undefined;
  kept.current.set(key, found);
  kept.reused++;
  return found;
}

export function keepResult<T>(kept: KeptResults<T>, key: string, value: T): void {
  kept.current.set(key, value);
  kept.added++;
}

/** Writes this build's results, and only them (those no longer used are forgotten), when they differ from what was read. */
export function saveKeptResults<T>(kept: KeptResults<T>, replacer?: (key: string, value: unknown) => unknown): void {
  if (kept.added === 0 && kept.current.size === kept.stored.size) return;
  writeWhole(kept.file, JSON.stringify({ salt: kept.salt, entries: [...kept.current] } satisfies KeptFile<T>, replacer));
}
