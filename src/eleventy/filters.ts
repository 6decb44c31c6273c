import { dateToRfc3339 } from "@11ty/eleventy-plugin-rss";
import { formatDay, formatDaySpan } from "../model/dates.ts";
import { absoluteUrl } from "../site/urls.ts";

/**
 * The filters Parallax's layouts use, besides Nunjucks' own. Every date printed on a page is the
 * source's own calendar day; feed timestamps use the official feed plugin's RFC 3339 filter.
 */
export const templateFilters = {
  readableDay: formatDay,
  daySpan: formatDaySpan,
  absoluteUrl: (url: string, base: string) => absoluteUrl(url, base),
  dateToRfc3339,
};
