import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { siteFiles } from "../../src/site/site-files.ts";


/** Every file under `dir` with its bytes, in path order: two snapshots are equal only if every byte is. */
export function snapshotBytes(dir: string): Map<string, Buffer> {
  return new Map(siteFiles(dir).map((file) => [file, readFileSync(path.join(dir, file))]));
}

/** The site's files ending in `extension`, as URL paths (`/briefings/x/index.html`). */
export function sitePaths(dir: string, extension: string): string[] {
  return siteFiles(dir)
    .filter((f) => f.endsWith(extension))
    .map((f) => `/${f}`);
}

/**
 * Pagefind 1.5.2 writes its filter index and the metadata naming it in hash-map order, which
 * changes from run to run (upstream: Pagefind/pagefind#638, fixed for fragments only). These files
 * are compared by name pattern and unpacked size; every other file byte for byte.
 */
const PAGEFIND_UNSTABLE = /^pagefind\/(filter\/[^/]+\.pf_filter|pagefind\.[^/]+\.pf_meta|pagefind-entry\.json)$/;

function unpackedSize(bytes: Buffer): number {
  return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).length : bytes.length;
}

/** The two snapshots as they must compare: unstable Pagefind files by pattern and size, the rest whole. */
export function comparable(snapshot: Map<string, Buffer>): { exact: Map<string, Buffer>; unstable: string[] } {
  const exact = new Map([...snapshot].filter(([file]) => !PAGEFIND_UNSTABLE.test(file)));
  const unstable = [...snapshot].filter(([file]) => PAGEFIND_UNSTABLE.test(file)).map(([file, bytes]) => `${file.replace(/[0-9a-f]{7,}/g, "<hash>")} ${unpackedSize(bytes)}`);
  return { exact, unstable: unstable.sort() };
}
