import { formatDay, formatDaySpan } from "../model/dates.ts";
import { absoluteUrl } from "../site/urls.ts";
import type { EleventyConfig } from "./types.ts";

/**
 * The filters Parallax's layouts use, for Eleventy and for the briefing-page renderer alike.
 * Every date printed on a page is the source's own calendar day.
 */
export const templateFilters = {
  readableDay: memoise((day: string) => formatDay(day)),
  daySpan: memoise((first: string, last: string) => formatDaySpan(first, last)),
  absoluteUrl: (url: string, base: string) => absoluteUrl(url, base),
};

export function dateFilters(config: EleventyConfig): void {
  config.addFilter("readableDay", templateFilters.readableDay);
  config.addFilter("daySpan", templateFilters.daySpan);
}

/** Pages print the same few days over and over, and luxon's formatting is the costly part. */
function memoise<A extends string[]>(format: (...args: A) => string): (...args: A) => string {
  const cache = new Map<string, string>();
  return (...args) => {
    const key = args.join("\n");
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = format(...args)));
    return value;
  };
}
