import { formatDay, formatDaySpan } from "../model/dates.ts";
import { absoluteUrl } from "../site/urls.ts";
import type { EleventyConfig } from "./types.ts";

/**
 * The filters Parallax's layouts use, for Eleventy and for the briefing-page renderer alike.
 * Every date printed on a page is the source's own calendar day.
 */
export const templateFilters = {
  readableDay: formatDay,
  daySpan: formatDaySpan,
  absoluteUrl: (url: string, base: string) => absoluteUrl(url, base),
};

export function dateFilters(config: EleventyConfig): void {
  config.addFilter("readableDay", templateFilters.readableDay);
  config.addFilter("daySpan", templateFilters.daySpan);
}
