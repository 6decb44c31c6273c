import { formatDay, formatDaySpan } from "../model/dates.ts";
import type { EleventyConfig } from "./types.ts";

/** Date filters: every date printed on a page is the source's own calendar day. */
export function dateFilters(config: EleventyConfig): void {
  config.addFilter("readableDay", memoise((day: string) => formatDay(day)));
  config.addFilter("daySpan", memoise((first: string, last: string) => formatDaySpan(first, last)));
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
