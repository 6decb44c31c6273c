import path from "node:path";
import type { SiteConfig } from "../content/site-config.ts";
import { BRIEFINGS_DIR, loadContent } from "../content/load.ts";
import { ContentError } from "../content/problems.ts";
import { loadSiteConfig, SITE_FILE } from "../content/site-config.ts";
import type { Site } from "../model/types.ts";
import { buildSiteView, type SiteView } from "../render/view.ts";
import { defaultCacheDir, openPageCache, type PageCache } from "../site/page-cache.ts";
import type { EleventyConfig } from "./types.ts";

export interface LoadedContent {
  config: SiteConfig;
  site: Site;
  view: SiteView;
  /** Pages rendered by earlier builds; `parallax build --no-cache` goes without. */
  cache?: PageCache;
}

interface Preloaded {
  site: Site;
  config: SiteConfig;
  cache?: PageCache;
}

/** Content a shell has loaded and validated already, by content folder: the next build of that folder takes it. */
const preloaded = new Map<string, Preloaded>();

/** `parallax build` validates everything before it runs Eleventy, which then lays out the same load. */
export function preloadContent(contentDir: string, content: Preloaded): void {
  preloaded.set(path.resolve(contentDir), content);
}

/**
 * Loads and validates the editors' content before each build (and watch-mode rebuild). Accounts
 * are data, not Eleventy templates: their text never meets a template engine, and each is parsed
 * once. Returns the latest load, for the plugins that render every page from it after Eleventy.
 */
export function contentData(config: EleventyConfig): () => LoadedContent | undefined {
  const contentDir = config.directories.input;
  let latest: LoadedContent | undefined;
  config.addWatchTarget(path.join(contentDir, BRIEFINGS_DIR));
  config.addWatchTarget(path.join(contentDir, SITE_FILE));
  config.on("eleventy.before", () => {
    latest = undefined; // a failed load renders nothing
    const key = path.resolve(contentDir);
    const given = preloaded.get(key);
    preloaded.delete(key);
    if (given) {
      latest = { config: given.config, site: given.site, view: buildSiteView(given.site, given.config), ...(given.cache ? { cache: given.cache } : {}) };
      return;
    }
    const { site, problems } = loadContent(contentDir);
    const siteConfig = loadSiteConfig(contentDir);
    if (!site || !siteConfig.config) throw new ContentError([...problems, ...siteConfig.problems]);
    // Opened anew for every rebuild of `npm start`: a layout edited meanwhile changes the salt.
    const cache = openPageCache(defaultCacheDir(path.resolve(config.directories.output)));
    latest = { config: siteConfig.config, site, view: buildSiteView(site, siteConfig.config), cache };
  });
  return () => latest;
}
