import { readFileSync } from "node:fs";
import path from "node:path";
import { writeWhole } from "../util/write-whole.ts";
import type { LinkCheckOptions, PageLinks } from "./link-check.ts";
import type { PageCache } from "./page-cache.ts";

/**
 * What the link check read in each cached briefing page, kept beside the pages: a
 * page copied from the cache has the bytes it had when it was read, so a build after a one-account
 * commit reads only the pages it rendered. Every reference is still resolved against this build's
 * files and ids, so a link into a page that changed is checked anew.
 */
export interface LinkCache {
  file: string;
  /** The page cache's salt: it covers the link check's code too. */
  salt: string;
  /** By entry name (`<hash>.html`): what was read from that entry's page. */
  stored: Map<string, PageLinks>;
  /** This build's pages', to keep. */
  current: Map<string, PageLinks>;
  /** Pages read by this build's link check, and pages whose links were known from the cache. */
  read: number;
  known: number;
}

interface CacheFile {
  salt: string;
  pages: [string, PageLinks][];
}

/** Opens the links kept in `file` by code with this salt (the page cache's); a missing, damaged or other code's file holds none. */
export function openLinkCache(file: string, salt: string): LinkCache {
  let stored = new Map<string, PageLinks>();
  try {
    const kept = JSON.parse(readFileSync(file, "utf8")) as CacheFile;
    if (kept.salt === salt && Array.isArray(kept.pages)) stored = new Map(kept.pages.filter(([, links]) => isPageLinks(links)));
  } catch {
    // none yet, or unreadable: every page is read
  }
  return { file, salt, stored, current: new Map(), read: 0, known: 0 };
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
      const known = name === undefined ? undefined : links.stored.get(name);
      if (known) {
        links.current.set(name!, known);
        links.known++;
      }
      return known;
    },
    onRead: (file, read) => {
      links.read++;
      const name = entryName(file);
      if (name !== undefined) links.current.set(name, read);
    },
  };
}

/** Keeps this build's pages' links, and only theirs, when they differ from what was read. */
export function saveLinkCache(links: LinkCache): void {
  if (links.current.size === links.stored.size && [...links.current.keys()].every((name) => links.stored.has(name))) return;
  writeWhole(links.file, JSON.stringify({ salt: links.salt, pages: [...links.current] } satisfies CacheFile));
}
