import { layoutAssets } from "./layouts.ts";
import { briefingPages } from "./briefing-pages.ts";
import { contentData } from "./content-data.ts";
import { feeds } from "./feeds.ts";
import { dateFilters } from "./filters.ts";
import { inertContent } from "./inert-content.ts";
import { pages } from "./pages.ts";
import type { EleventyConfig } from "./types.ts";

/** Everything Parallax adds to Eleventy, one concern per plugin. */
export default function parallax(config: EleventyConfig): void {
  inertContent(config);
  const loaded = contentData(config);
  briefingPages(config, loaded);
  dateFilters(config);
  pages(config);
  feeds(config);
  layoutAssets(config);
}
export { directoriesFor } from "./layouts.ts";
