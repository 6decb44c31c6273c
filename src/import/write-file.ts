import { linkSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Writes a file whole or not at all: into a hidden file beside it (the content loader skips dot
 * files), then moved into place. Without `replace` an existing file is never touched: the link
 * fails instead, even if the file appeared a moment ago.
 */
export function writeAtomically(file: string, text: string, options: { replace: boolean }): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  writeFileSync(temp, text, { flag: "wx" });
  try {
    if (options.replace) renameSync(temp, file);
    else linkSync(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
}
