import type { OutletView, TagView } from "../render/view.ts";
import { paths } from "../site/urls.ts";
import type { EleventyConfig } from "./types.ts";

/** How a page of one item (a briefing, an outlet, a tag) describes itself; its path is the item's `url`. */
interface Describe<T> {
  title: (item: T) => string;
  description: (item: T) => string;
  extra?: Record<string, (data: Record<string, T>) => unknown>;
}

/** Briefings listed on each page of the home page. */
export const HOME_PAGE_SIZE = 30;

/** Folder pages are written as `index.html` inside their path. */
const file = (path: string) => (path.endsWith("/") ? `${path}index.html` : path);

/** One page at one path, rendered by a layout (the virtual template itself is empty). */
export function addPage(config: EleventyConfig, layout: string, path: string, data: Record<string, unknown> = {}): void {
  config.addTemplate(`${layout.replace(/\W/g, "-")}.njk`, "", { layout, permalink: file(path), ...data });
}

/**
 * The site's pages, declared here rather than as files in content/, which belongs to editors.
 * Each is a virtual template that hands the data to a layout in layouts/; static pages' titles
 * are in their layouts' front matter. Briefing pages are rendered apart (briefing-pages.ts).
 */
export function pages(config: EleventyConfig): void {
  /** One page per item of `parallax.<alias>s`, rendered by layouts/<alias>.njk. */
  const eachOf = <T extends { url: string }>(alias: string, page: Describe<T>) =>
    config.addTemplate(`${alias}.njk`, "", {
      layout: `${alias}.njk`,
      pagination: { data: `parallax.${alias}s`, size: 1, alias, addAllPagesToCollections: true },
      // Functions, not template strings: source text must never pass through a template engine.
      eleventyComputed: {
        permalink: (data: Record<string, T>) => file(data[alias]!.url),
        pageTitle: (data: Record<string, T>) => page.title(data[alias]!),
        pageDescription: (data: Record<string, T>) => page.description(data[alias]!),
        ...page.extra,
      },
    });

  config.addGlobalData("paths", paths);
  // The home page lists the briefings newest first, HOME_PAGE_SIZE a page: /, /page/2/, …
  config.addTemplate("home.njk", "", {
    layout: "home.njk",
    pagination: { data: "parallax.briefings", size: HOME_PAGE_SIZE, alias: "briefings", generatePageOnEmptyData: true },
    eleventyComputed: {
      permalink: (data: { pagination: { pageNumber: number } }) => file(paths.briefingsPage(data.pagination.pageNumber + 1)),
      pageTitle: (data: { pagination: { pageNumber: number } }) => (data.pagination.pageNumber === 0 ? "Briefings" : `Briefings, page ${data.pagination.pageNumber + 1}`),
    },
  });
  addPage(config, "about.njk", paths.about);
  addPage(config, "search.njk", paths.search);
  addPage(config, "not-found.njk", paths.notFound, { eleventyExcludeFromCollections: true });
  eachOf<OutletView>("outlet", {
    title: (o) => o.name,
    description: (o) => `${o.name}: ${o.country}, ${o.ownership}. Its accounts on Parallax and the stance each takes.`,
  });
  eachOf<TagView>("tag", { title: (t) => `Tag: ${t.label}`, description: (t) => `Briefings tagged ${t.label}.` });
}
