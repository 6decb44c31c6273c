// The official feed plugin ships no types; Parallax uses its RFC 3339 date filter.
declare module "@11ty/eleventy-plugin-rss" {
  export function dateToRfc3339(date: Date): string;
}
