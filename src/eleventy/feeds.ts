import { rssPlugin } from "@11ty/eleventy-plugin-rss";
import { paths } from "../site/urls.ts";
import { addPage } from "./pages.ts";
import type { EleventyConfig } from "./types.ts";

/**
 * The files machines read: Atom and JSON Feed of the briefings, the sitemap and robots.txt.
 * The feed plugin's own templates read Eleventy collection items (content, front-matter dates);
 * briefings are data, so our templates use the plugin's filters over that data instead, and every
 * date is a source's own, never the build's.
 */
export function feeds(config: EleventyConfig): void {
  config.addPlugin(rssPlugin);
  // Briefing pages are rendered outside Eleventy's collections: the sitemap joins both.
  config.addFilter("sitemapUrls", (pages: { url: string | false }[], briefings: { url: string }[]) =>
    [...new Set([...pages.map((p) => p.url), ...briefings.map((b) => b.url)].filter((url): url is string => typeof url === "string"))].sort(),
  );
  const notAPage = { eleventyExcludeFromCollections: true };
  addPage(config, "feeds/atom.njk", paths.atomFeed, notAPage);
  addPage(config, "feeds/json-feed.njk", paths.jsonFeed, notAPage);
  addPage(config, "feeds/sitemap.njk", paths.sitemap, notAPage);
  addPage(config, "feeds/robots.njk", paths.robots, notAPage);
}
