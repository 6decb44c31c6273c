import { LIST_PAGE_SIZE, type ListPage, type OutletView, type TagView } from "../render/view.ts";
import { paths } from "../site/urls.ts";
import type { EleventyConfig } from "./types.ts";

/** How a page of one item (a briefing, an outlet, a tag) describes itself; its path is the item's `url`. */
interface Describe<T> {
  title: (item: T) => string;
  description: (item: T) => string;
}

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
  /** One page per item of `parallax.<alias>s`, rendered by `layout`. */
  const eachOf = <T extends { url: string }>(alias: string, layout: string, page: Describe<T>) =>
    config.addTemplate(`${alias}.njk`, "", {
      layout,
      pagination: { data: `parallax.${alias}s`, size: 1, alias, addAllPagesToCollections: true },
      // Functions, not template strings: source text must never pass through a template engine.
      eleventyComputed: {
        permalink: (data: Record<string, T>) => file(data[alias]!.url),
        pageTitle: (data: Record<string, T>) => page.title(data[alias]!),
        pageDescription: (data: Record<string, T>) => page.description(data[alias]!),
      },
    });

  config.addGlobalData("paths", paths);
  // The home page lists the briefings newest first, LIST_PAGE_SIZE a page: /, /page/2/, …
  config.addTemplate("home.njk", "", {
    layout: "home.njk",
    pagination: { data: "parallax.briefings", size: LIST_PAGE_SIZE, alias: "briefings", generatePageOnEmptyData: true },
    eleventyComputed: {
      permalink: (data: { pagination: { pageNumber: number } }) => file(paths.listPage(paths.home, data.pagination.pageNumber + 1)),
      pageTitle: (data: { pagination: { pageNumber: number } }) => numbered("Briefings", data.pagination.pageNumber),
    },
  });
  addPage(config, "about.njk", paths.about);
  addPage(config, "search.njk", paths.search);
  addPage(config, "not-found.njk", paths.notFound, { eleventyExcludeFromCollections: true });
  // An outlet's accounts and a tag's briefings, LIST_PAGE_SIZE a page: /outlets/rt/, /outlets/rt/page/2/, …
  eachOf<ListPage<OutletView, unknown>>("outletPage", "outlet.njk", {
    title: ({ of, pager }) => numbered(of.name, pager.pageNumber),
    description: ({ of }) => `${of.name}: ${of.country}, ${of.ownership}. Its accounts on Parallax and the stance each takes.`,
  });
  eachOf<ListPage<TagView, unknown>>("tagPage", "tag.njk", {
    title: ({ of, pager }) => numbered(`Tag: ${of.label}`, pager.pageNumber),
    description: ({ of }) => `Briefings tagged ${of.label}.`,
  });
}

/** A page's title, with its number after the first page of a list. */
function numbered(title: string, pageNumber: number): string {
  return pageNumber === 0 ? title : `${title}, page ${pageNumber + 1}`;
}
