import { DateTime } from "luxon";
import { parseSourceDate } from "../model/dates.ts";

/** How `--date` is written, for messages that ask for one. */
export const DATE_FLAG = "--date YYYY-MM-DD, or an ISO 8601 date-time with offset such as 2024-10-23T14:05:00+02:00";

const OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * A date from a page's metadata as an account's `date`: kept as written when it is already one,
 * otherwise re-spelled (`+0000` offsets, RFC 2822). A time without an offset says no moment, so
 * only its day is kept.
 */
export function dateFromMetadata(raw: string): string | undefined {
  const text = raw.trim();
  if (parseSourceDate(text).ok) return text;
  const iso = DateTime.fromISO(text, { setZone: true });
  if (iso.isValid) return OFFSET.test(text) ? iso.toISO({ suppressMilliseconds: true })! : iso.toISODate()!;
  const rfc = DateTime.fromRFC2822(text, { setZone: true });
  if (rfc.isValid) return rfc.toISO({ suppressMilliseconds: true })!;
  return dateLine(text)?.day;
}

export interface DateLine {
  /** "updated" lines are furniture too, but do not give the publication date. */
  kind: "published" | "updated";
  day: string;
}

const LABEL = /^(?:(?<updated>(?:last )?updated|modified)|(?:first )?published|posted|date)(?: on)?\s*:?\s*/i;
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;
const DAY_PART = /^(?:\d{1,2}\s+[a-z]+\.?,?\s+\d{4}|[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2})/i;
// What may follow the day on a date line: a time and a zone name, e.g. "| 2:05pm EDT".
const TIME_TAIL = /^(?:[\s,|•·–—-]*(?:at\s+)?\d{1,2}(?:[:.]\d{2}){0,2}\s*(?:[ap]\.?m\.?)?(?:\s*\(?[a-z]{2,5}(?:[+-]\d{1,2})?\)?)?)?\s*$/i;
const DAY_FORMATS = ["d MMMM yyyy", "d MMM yyyy", "MMMM d yyyy", "MMM d yyyy", "yyyy-MM-dd"];

/** A line that is only a date, e.g. "Published October 23, 2024 2:05pm EDT" or "23 Oct, 2024 14:05". */
export function dateLine(text: string): DateLine | undefined {
  if (text.length > 80) return undefined;
  const label = LABEL.exec(text);
  const rest = text.slice(label?.[0].length ?? 0).replace(WEEKDAY, "");
  const dayPart = DAY_PART.exec(rest);
  if (!dayPart || !TIME_TAIL.test(rest.slice(dayPart[0].length))) return undefined;
  const spelled = dayPart[0]
    .replace(/(\d)(?:st|nd|rd|th)\b/gi, "$1")
    .replace(/\bsept\b/i, "Sep")
    .replace(/[.,]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  for (const format of DAY_FORMATS) {
    const parsed = DateTime.fromFormat(spelled, format, { locale: "en", zone: "UTC" });
    if (parsed.isValid) return { kind: label?.groups?.updated ? "updated" : "published", day: parsed.toISODate()! };
  }
  return undefined;
}
