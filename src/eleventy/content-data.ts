import path from "node:path";
import { loadContent } from "../content/load.ts";
import { ContentError } from "../content/problems.ts";
import { BRIEFINGS_DIR } from "../content/load.ts";
import { buildSiteView } from "../render/view.ts";
import type { EleventyConfig } from "./types.ts";

/**
 * Loads and validates the editors' content as one global, `parallax`. Accounts are data, not
 * Eleventy templates: their text never meets a template engine, and each is parsed once.
 */
export function contentData(config: EleventyConfig): void {
  const contentDir = config.directories.input;
  config.addWatchTarget(path.join(contentDir, BRIEFINGS_DIR));
  config.addGlobalData("parallax", () => {
    const { site, problems } = loadContent(contentDir);
    if (!site) throw new ContentError(problems);
    return buildSiteView(site);
  });
}
