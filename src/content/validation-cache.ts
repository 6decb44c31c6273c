import type { Briefing } from "../model/types.ts";
import { saveKeptResults, type KeptResults } from "../util/kept-results.ts";
import type { Problem } from "./problems.ts";

/**
 * Validation results kept between builds, by content hash: after a one-account commit, CI (which
 * restores the cache folder) parses and checks one briefing instead of the archive. A briefing's
 * key hashes the bytes and names of its files, the registries it is checked against and the path
 * its problems name; the salt covers the code that validates.
 */
export type ValidationCache = KeptResults<ValidatedBriefing>;

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

/** Writes this load's results without the accounts' texts. */
export function saveValidationCache(cache: ValidationCache): void {
  // Emptied, not dropped: the text goes back in its own place, and a briefing's fields keep their order (page keys hash them).
  saveKeptResults(cache, (key, value) => (key === "body" ? "" : value));
}
