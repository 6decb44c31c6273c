// The official feed plugin ships no types; Parallax uses its filters (dateToRfc3339, absoluteUrl).
declare module "@11ty/eleventy-plugin-rss" {
  export const rssPlugin: (config: unknown) => void;
}
