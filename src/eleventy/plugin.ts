import { layoutAssets } from "./layouts.ts";
import { briefingPages } from "./briefing-pages.ts";
import { contentData } from "./content-data.ts";
import { inertContent } from "./inert-content.ts";
import { sitePagesPlugin } from "./site-pages.ts";
import type { EleventyConfig } from "./types.ts";

/**
 * Everything Parallax adds to Eleventy, one concern per plugin. Eleventy runs the build, watches
 * and serves; every page is rendered from the loaded content by layouts/ in one data pass after it.
 */
export default function parallax(config: EleventyConfig): void {
  inertContent(config);
  const loaded = contentData(config);
  // Briefing pages first: in watch mode the edited page is written before the lists, and on a large
  // archive the main thread lays out the site pages while the workers render the briefings.
  briefingPages(config, loaded);
  sitePagesPlugin(config, loaded);
  layoutAssets(config);
}
export { directoriesFor } from "./layouts.ts";
