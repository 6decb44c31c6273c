import { DateTime } from "luxon";
import { memoise } from "../util/memoise.ts";

/**
 * A date as a source gives it. YAML would read a bare `2024-10-23` as UTC midnight and a
 * reader west of Greenwich would see the 22nd; we keep the text and let luxon read it in the
 * source's own zone, so the printed day never depends on the build machine's TZ.
 */
export interface SourceDate {
  /** The text as written in the source. */
  text: string;
  /** Calendar day in the source's own offset, `YYYY-MM-DD`. */
  day: string;
  hasTime: boolean;
  /** Milliseconds since the epoch, for ordering only. */
  epochMs: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const DATE_TIME_NO_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?$/;

export type DateResult = { ok: true; date: SourceDate } | { ok: false; message: string; expected: string };

const EXPECTED = "YYYY-MM-DD, or ISO 8601 date-time with offset such as 2024-10-23T14:05:00+02:00";

/** Sources repeat the same few dates, and luxon's parsing and formatting are the costly part: each text is read once. */
export const parseSourceDate = memoise(readSourceDate);

function readSourceDate(text: string): DateResult {
  const hasTime = DATE_TIME.test(text);
  if (!hasTime && !DAY.test(text)) {
    const message = DATE_TIME_NO_OFFSET.test(text)
      ? `"${text}" gives a time without an offset, so the moment is ambiguous`
      : `"${text}" is not a date`;
    return { ok: false, message, expected: EXPECTED };
  }
  const parsed = DateTime.fromISO(text, { zone: "UTC", setZone: true });
  if (!parsed.isValid) return { ok: false, message: `"${text}" is not a real date`, expected: EXPECTED };
  return { ok: true, date: { text, day: parsed.toISODate()!, hasTime, epochMs: parsed.toMillis() } };
}

/** "23 October 2024", read from the source's calendar day; English month names, whatever LANG says. */
export const formatDay = memoise((day: string): string => DateTime.fromISO(day, { zone: "UTC", locale: "en-GB" }).toFormat("d MMMM yyyy"));

/** "23–24 October 2024", "30 September – 2 October 2024" or a single day. */
export const formatDaySpan = memoise((first: string, last: string): string => {
  if (first === last) return formatDay(first);
  const [a, b] = [first, last].map((d) => DateTime.fromISO(d, { zone: "UTC", locale: "en-GB" })) as [DateTime, DateTime];
  if (a.year !== b.year) return `${formatDay(first)} – ${formatDay(last)}`;
  if (a.month !== b.month) return `${a.toFormat("d MMMM")} – ${formatDay(last)}`;
  return `${a.toFormat("d")}–${formatDay(last)}`;
});

export function compareDates(a: SourceDate, b: SourceDate): number {
  return a.epochMs - b.epochMs;
}
