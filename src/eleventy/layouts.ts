import path from "node:path";
import type { EleventyConfig } from "./types.ts";

export const LAYOUTS_DIR = path.resolve(import.meta.dirname, "../../layouts");

export const DEFAULT_INPUT = "content";

/**
 * The input, includes and data folders, set from the config file (Eleventy refuses them from a
 * plugin). An input given on the command line or to `parallax build --content` wins; otherwise
 * Eleventy reports the working folder and we use content/. Layouts live in the project's layouts/
 * wherever the content is (tests build from temporary folders), and Eleventy wants includes
 * relative to input. Eleventy's data folder is layouts/_data, which does not exist: Eleventy would
 * run any `.js` file in content/_data/, and content belongs to editors (see inert-content.ts).
 */
export function directoriesFor(configuredInput: string): { input: string; includes: string; data: string } {
  const input = path.resolve(configuredInput) === process.cwd() ? DEFAULT_INPUT : configuredInput;
  const includes = path.relative(path.resolve(input), LAYOUTS_DIR);
  return { input, includes, data: path.join(includes, "_data") };
}

/** The stylesheet is copied as it is. */
export function layoutAssets(config: EleventyConfig): void {
  config.addPassthroughCopy({ [path.join(LAYOUTS_DIR, "assets")]: "assets" });
}
