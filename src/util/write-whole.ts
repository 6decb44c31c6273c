import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Writes a cache file whole or not at all: a build killed mid-write leaves no truncated file for a
 * later build to read. A file that cannot be written (read-only, full, not a folder) is left
 * unwritten: a cache that cannot be kept costs the next build time, never this one its result.
 */
export function writeWhole(file: string, data: string): void {
  const partial = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.partial`;
  let written = false;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(partial, data);
    written = true;
    renameSync(partial, file);
  } catch {
    if (written) rmSync(partial, { force: true });
  }
}
