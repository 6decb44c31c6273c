import type { SiteView } from "../render/view.ts";
import { writePage } from "../site/site-files.ts";
import { paths } from "../site/urls.ts";
import { timePhase } from "../util/phases.ts";
import type { LoadedContent } from "./content-data.ts";
import { pluginRenderer, type LayoutRenderer } from "./layout-renderer.ts";
import type { EleventyConfig } from "./types.ts";

/** A page of the site other than a briefing's: the layout that renders it, its path, what it shows. */
export interface SitePage {
  layout: string;
  /** A folder (`/about/`, written as its index.html) or a file (`/feed.xml`). */
  path: string;
  data: Record<string, unknown>;
}

/**
 * Every page but the briefings': the lists (home, outlets, tags, LIST_PAGE_SIZE entries a page:
 * /, /page/2/, …), the static pages (their titles are in their layouts' front matter), the feeds,
 * the sitemap and robots.txt. Like briefing pages, they are rendered from the loaded data in one
 * pass, by layouts/; in Eleventy's pipeline each list page cost about 2 ms of data cascade.
 */
export function sitePages(view: SiteView): SitePage[] {
  const listed: SitePage[] = [
    ...view.homePages.map((list) => ({ layout: "home.njk", path: list.url, data: { briefings: list.items, pagination: list.pager, pageTitle: numbered("Briefings", list.pager.pageNumber) } })),
    { layout: "about.njk", path: paths.about, data: {} },
    { layout: "search.njk", path: paths.search, data: {} },
    ...view.outletPages.map((outletPage) => ({
      layout: "outlet.njk",
      path: outletPage.url,
      data: { outletPage, pageTitle: numbered(outletPage.of.name, outletPage.pager.pageNumber), pageDescription: `${outletPage.of.name}: ${outletPage.of.country}, ${outletPage.of.ownership}. Its accounts on Parallax and the stance each takes.` },
    })),
    ...view.tagPages.map((tagPage) => ({
      layout: "tag.njk",
      path: tagPage.url,
      data: { tagPage, pageTitle: numbered(`Tag: ${tagPage.of.label}`, tagPage.pager.pageNumber), pageDescription: `Briefings tagged ${tagPage.of.label}.` },
    })),
  ];
  // The sitemap lists the home page but not its later pages, every other list page, the static pages but 404, and the briefings.
  const inSitemap = listed.filter((page) => page.layout !== "home.njk").map((page) => page.path);
  const sitemapUrls = [...new Set([paths.home, ...inSitemap, ...view.briefings.map((b) => b.url)])].sort();
  return [
    ...listed,
    { layout: "not-found.njk", path: paths.notFound, data: {} },
    { layout: "feeds/atom.njk", path: paths.atomFeed, data: {} },
    { layout: "feeds/json-feed.njk", path: paths.jsonFeed, data: {} },
    { layout: "feeds/sitemap.njk", path: paths.sitemap, data: { sitemapUrls } },
    { layout: "feeds/robots.njk", path: paths.robots, data: {} },
  ];
}

/** A page's title, with its number after the first page of a list. */
function numbered(title: string, pageNumber: number): string {
  return pageNumber === 0 ? title : `${title}, page ${pageNumber + 1}`;
}

function renderSitePage(renderer: LayoutRenderer, page: SitePage, view: SiteView): string {
  return renderer.render(page.layout, { parallax: view, paths, page: { url: page.path }, ...page.data });
}

export function writeSitePages(renderer: LayoutRenderer, view: SiteView, output: string): void {
  for (const page of sitePages(view)) writePage(output, page.path, renderSitePage(renderer, page, view));
}

/** After every build and watch-mode rebuild, the site's pages from the latest load: a few hundred take a fraction of a second. */
export function sitePagesPlugin(config: EleventyConfig, loaded: () => LoadedContent | undefined): void {
  const renderer = pluginRenderer(config);
  config.on("eleventy.after", () => {
    const content = loaded();
    if (content) timePhase("site pages (lists, feeds, static pages)", () => writeSitePages(renderer(), content.view, config.directories.output));
  });
}
