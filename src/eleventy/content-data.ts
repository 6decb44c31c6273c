import path from "node:path";
import { BRIEFINGS_DIR, loadContent } from "../content/load.ts";
import { ContentError } from "../content/problems.ts";
import { loadSiteConfig, SITE_FILE } from "../content/site-config.ts";
import { buildSiteView } from "../render/view.ts";
import type { EleventyConfig } from "./types.ts";

/**
 * Loads and validates the editors' content as one global, `parallax`. Accounts are data, not
 * Eleventy templates: their text never meets a template engine, and each is parsed once.
 */
export function contentData(config: EleventyConfig): void {
  const contentDir = config.directories.input;
  config.addWatchTarget(path.join(contentDir, BRIEFINGS_DIR));
  config.addWatchTarget(path.join(contentDir, SITE_FILE));
  config.addGlobalData("parallax", () => {
    const { site, problems } = loadContent(contentDir);
    const siteConfig = loadSiteConfig(contentDir);
    if (!site || !siteConfig.config) throw new ContentError([...problems, ...siteConfig.problems]);
    return buildSiteView(site, siteConfig.config);
  });
}
