import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import type { SiteProblem } from "./site-files.ts";

export const PAGEFIND_DIR = "pagefind";

/**
 * Builds the search index over a built site into its pagefind/ folder. Only briefing pages are
 * indexed (they carry `data-pagefind-body`), with outlet and stance filters from each account.
 * The files are taken from the indexer and written here: its own writeFiles answers before the
 * last file is flushed, and closing the indexer then could leave a file cut short.
 */
export async function indexSite(siteDir: string): Promise<SiteProblem[]> {
  const problem = (errors: string[]): SiteProblem[] => [{ file: `${PAGEFIND_DIR}/`, check: "pagefind", message: errors.join("; ") || "the indexer did not start" }];
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) return problem(errors);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) return problem(added.errors);
    const built = await index.getFiles();
    if (built.errors.length) return problem(built.errors);
    for (const file of built.files) {
      const target = path.join(siteDir, PAGEFIND_DIR, file.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.content);
    }
    return [];
  } finally {
    await pagefind.close();
  }
}
