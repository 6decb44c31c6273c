import path from "node:path";
import type { EleventyConfig } from "./types.ts";

export const LAYOUTS_DIR = path.resolve(import.meta.dirname, "../../layouts");

/**
 * Layouts live in the project's layouts/ wherever the content folder is (tests build from
 * temporary ones); Eleventy wants the includes folder relative to the input, and allows setting
 * it only from the config file itself, not from a plugin.
 */
export function includesDirectoryFor(input: string): string {
  return path.relative(path.resolve(input), LAYOUTS_DIR);
}

/** The stylesheet is copied as it is. */
export function layoutAssets(config: EleventyConfig): void {
  config.addPassthroughCopy({ [path.join(LAYOUTS_DIR, "assets")]: "assets" });
}
