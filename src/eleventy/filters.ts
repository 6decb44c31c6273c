import { formatDay, formatDaySpan } from "../model/dates.ts";
import type { EleventyConfig } from "./types.ts";

/** Date filters: every date printed on a page is the source's own calendar day. */
export function dateFilters(config: EleventyConfig): void {
  config.addFilter("readableDay", (day: string) => formatDay(day));
  config.addFilter("daySpan", (first: string, last: string) => formatDaySpan(first, last));
}
