/**
 * Where every page lives. Layouts, feeds, the sitemap and the link checker all take their paths
 * from here, so a page cannot move without its links moving with it.
 */
export const paths = {
  home: "/",
  /** Page `n` (from 1) of a long list on the page at `url` (the home page, an outlet, a tag): the first is that page itself. */
  listPage: (url: string, n: number) => (n <= 1 ? url : `${url}page/${n}/`),
  about: "/about/",
  search: "/search/",
  notFound: "/404.html",
  atomFeed: "/feed.xml",
  jsonFeed: "/feed.json",
  sitemap: "/sitemap.xml",
  robots: "/robots.txt",
  stylesheet: "/assets/parallax.css",
  favicon: "/assets/favicon.svg",
  searchScript: "/assets/search.js",
  pagefindScript: "/pagefind/pagefind-ui.js",
  pagefindStylesheet: "/pagefind/pagefind-ui.css",
  briefing: (slug: string) => `/briefings/${slug}/`,
  outlet: (key: string) => `/outlets/${key}/`,
  tag: (slug: string) => `/tags/${slug}/`,
} as const;

/** `/about/` on `https://parallax.example/` → `https://parallax.example/about/`, percent-encoded. */
export function absoluteUrl(pathOrUrl: string, base: string): string {
  return new URL(pathOrUrl, base).href;
}
