import { readFileSync } from "node:fs";
import type { Briefing } from "../model/types.ts";
import { writeWhole } from "../util/write-whole.ts";
import type { Problem } from "./problems.ts";

/**
 * Validation results kept between builds, by content hash: after a one-account commit, CI (which
 * restores the cache folder) parses and checks one briefing instead of the archive. A briefing's
 * key hashes the bytes and names of its files, the registries it is checked against and the path
 * its problems name; the salt covers the code that validates. A result whose key or salt differs
 * is never read.
 */
export interface ValidationCache {
  file: string;
  salt: string;
  /** What the file held, by key: read once, when the cache is opened. */
  stored: Map<string, ValidatedBriefing>;
  /** What this load used or produced: all the file will hold. */
  current: Map<string, ValidatedBriefing>;
  /** Briefings taken from the cache, and briefings validated anew. */
  reused: number;
  validated: number;
}

/**
 * A briefing folder's result: the briefing when it is valid, and its problems (warnings included).
 * Its accounts' texts are not kept in the file (they are most of it, and each is the end of its
 * file, read anyway to find the key): `bodyLengths` says how much of each file they are.
 */
export interface ValidatedBriefing {
  briefing?: Briefing;
  problems: Problem[];
  bodyLengths: number[];
}

interface CacheFile {
  salt: string;
  entries: [string, ValidatedBriefing][];
}

/** The cache kept in `file`; empty when there is none, it cannot be read, or it was kept by other code. */
export function openValidationCache(file: string, salt: string): ValidationCache {
  const cache: ValidationCache = { file, salt, stored: new Map(), current: new Map(), reused: 0, validated: 0 };
  try {
    const kept = JSON.parse(readFileSync(file, "utf8")) as CacheFile;
    if (kept.salt === salt && Array.isArray(kept.entries)) cache.stored = new Map(kept.entries);
  } catch {
    // none yet, or unreadable: every briefing is validated
  }
  return cache;
}

/** The earlier result for `key`, kept for the next build too. */
export function reuseValidated(cache: ValidationCache, key: string): ValidatedBriefing | undefined {
  const found = cache.stored.get(key);
  if (!found) return undefined;
  cache.current.set(key, found);
  cache.reused++;
  return found;
}

export function keepValidated(cache: ValidationCache, key: string, result: ValidatedBriefing): void {
  cache.current.set(key, result);
  cache.validated++;
}

/** Writes this load's results, and only them (a deleted briefing's are forgotten), when they differ from what was read. */
export function saveValidationCache(cache: ValidationCache): void {
  if (cache.validated === 0 && cache.current.size === cache.stored.size) return;
  // Emptied, not dropped: the text goes back in its own place, and a briefing's fields keep their order (page keys hash them).
  const withoutTexts = (key: string, value: unknown) => (key === "body" ? "" : value);
  writeWhole(cache.file, JSON.stringify({ salt: cache.salt, entries: [...cache.current] } satisfies CacheFile, withoutTexts));
}
