import path from "node:path";
import type { SiteConfig } from "../content/site-config.ts";
import { BRIEFINGS_DIR, loadContent } from "../content/load.ts";
import { ContentError } from "../content/problems.ts";
import { loadSiteConfig, SITE_FILE } from "../content/site-config.ts";
import { buildSiteView, type SiteView } from "../render/view.ts";
import type { EleventyConfig } from "./types.ts";

export interface LoadedContent {
  config: SiteConfig;
  view: SiteView;
}

/**
 * Loads and validates the editors' content as one global, `parallax`, once per build. Accounts are
 * data, not Eleventy templates: their text never meets a template engine, and each is parsed
 * once. Returns the latest load, for the plugins that render from it after Eleventy.
 */
export function contentData(config: EleventyConfig): () => LoadedContent | undefined {
  const contentDir = config.directories.input;
  let latest: LoadedContent | undefined;
  config.addWatchTarget(path.join(contentDir, BRIEFINGS_DIR));
  config.addWatchTarget(path.join(contentDir, SITE_FILE));
  config.addGlobalData("parallax", () => {
    const { site, problems } = loadContent(contentDir);
    const siteConfig = loadSiteConfig(contentDir);
    if (!site || !siteConfig.config) throw new ContentError([...problems, ...siteConfig.problems]);
    latest = { config: siteConfig.config, view: buildSiteView(site, siteConfig.config) };
    return latest.view;
  });
  return () => latest;
}
