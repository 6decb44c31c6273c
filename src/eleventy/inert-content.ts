import path from "node:path";
import type { EleventyConfig } from "./types.ts";

/**
 * content/ belongs to editors and holds data, never code or templates. The loader (src/content/)
 * reads it and every page is rendered from the loaded data, so Eleventy reads nothing there: no template file
 * (a stray `.njk` would be rendered with the whole site's data, and its `---js` front matter run),
 * no template or folder data file (`*.11tydata.js` is run). Eleventy's global data folder is kept
 * out of content/ by directoriesFor.
 */
export function inertContent(config: EleventyConfig): void {
  // Eleventy's file search finds nothing: this ignore empties it.
  config.ignores.add(`${path.relative(process.cwd(), config.directories.input) || "."}/**`);
  config.setDataFileSuffixes([]);
}
