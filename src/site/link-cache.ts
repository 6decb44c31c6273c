import path from "node:path";
import { keepResult, openKeptResults, reuseResult, type KeptResults } from "../util/kept-results.ts";
import type { LinkCheckOptions, PageLinks } from "./link-check.ts";
import type { PageCache } from "./page-cache.ts";

/**
 * What the link check read in each cached briefing page, kept beside the pages: a page copied
 * from the cache has the bytes it had when it was read, so a build after a one-account commit
 * reads only the pages it rendered. Every reference is still resolved against this build's
 * files and ids, so a link into a page that changed is checked anew.
 */
export interface LinkCache extends KeptResults<PageLinks> {
  /** Pages this build's link check read, cached or not; those whose links were known are `reused`. */
  read: number;
}

/** The links kept in `file` by code with this salt (the page cache's, which covers the link check too). */
export function openLinkCache(file: string, salt: string): LinkCache {
  return { ...openKeptResults(file, salt, isPageLinks), read: 0 };
}

/** A page's links as the link check reads them, and not something else a damaged file holds. */
function isPageLinks(links: PageLinks): boolean {
  return Array.isArray(links?.ids) && Array.isArray(links.urls) && Array.isArray(links.offsets) && links.urls.length === links.offsets.length;
}

/** The link check's options that read from and add to the cache, for the briefing pages `pages` names this build. */
export function cachedLinks(links: LinkCache, pages: PageCache): Required<Pick<LinkCheckOptions, "knownLinks" | "onRead">> {
  const entryName = (file: string) => {
    const entry = pages.entries.get(file);
    return entry && path.basename(entry);
  };
  return {
    knownLinks: (file) => {
      const name = entryName(file);
      return name === undefined ? undefined : reuseResult(links, name);
    },
    onRead: (file, read) => {
      links.read++;
      const name = entryName(file);
      if (name !== undefined) keepResult(links, name, read);
    },
  };
}
