import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const SAMPLE_CONTENT = path.join(ROOT, "content");
export const SAMPLE_SLUG = "north-korean-troops-in-russia";

/** A private copy of the shipped content (or an empty one) in a temporary folder, removed by `dispose`. */
export function tempContent(options: { empty?: boolean } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), "parallax-test-"));
  const content = path.join(dir, "content");
  if (options.empty) mkdirSync(path.join(content, "_data"), { recursive: true });
  else cpSync(SAMPLE_CONTENT, content, { recursive: true });
  return {
    dir,
    content,
    out: path.join(dir, "_site"),
    write(relative: string, text: string | Uint8Array) {
      const file = path.join(content, relative);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
      return file;
    },
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A minimal valid account, with fields overridden or removed (`undefined`). */
export function accountSource(fields: Record<string, string | undefined> = {}, body = "The text of the account.\n"): string {
  const merged: Record<string, string | undefined> = { outlet: "rt", title: "A headline", date: "2024-10-23", stance: "reports", ...fields };
  const lines = Object.entries(merged)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join("\n")}\n---\n${body}`;
}
