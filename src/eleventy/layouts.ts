import path from "node:path";
import type { EleventyConfig } from "./types.ts";

export const LAYOUTS_DIR = path.resolve(import.meta.dirname, "../../layouts");

export const DEFAULT_INPUT = "content";

/**
 * The input and includes folders, set from the config file (Eleventy refuses them from a plugin).
 * An input given on the command line or to `parallax build --content` wins; otherwise Eleventy
 * reports the working folder and we use content/. Layouts live in the project's layouts/ wherever
 * the content is (tests build from temporary folders), and Eleventy wants includes relative to input.
 */
export function directoriesFor(configuredInput: string): { input: string; includes: string } {
  const input = path.resolve(configuredInput) === process.cwd() ? DEFAULT_INPUT : configuredInput;
  return { input, includes: path.relative(path.resolve(input), LAYOUTS_DIR) };
}

/** The stylesheet is copied as it is. */
export function layoutAssets(config: EleventyConfig): void {
  config.addPassthroughCopy({ [path.join(LAYOUTS_DIR, "assets")]: "assets" });
}
