import { statSync } from "node:fs";
import { UsageError, type OptionSpec } from "./command.ts";

/** `--content <dir>`, shared by every command that reads content. */
export const contentOption = { type: "string", value: "dir", description: "Content folder (default: content)" } as const satisfies OptionSpec;

/** The content folder a command works on; it must exist. */
export function contentFolder(value: string | undefined): string {
  const dir = value ?? "content";
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`no content folder at "${dir}" (pass --content <dir>, or run parallax in the repository's root)`);
  return dir;
}
