/**
 * Month and weekday names in the languages Parallax reads. Numbers next to them are dates, not
 * figures; the names themselves say when, not what, so they never make two claims the same.
 */

const MONTHS = [
  // en
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  // de
  "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "okt", "dez",
  // fr
  "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
  // es, it, pt, nl
  "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
  "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
  "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro",
  "januari", "februari", "maart", "mei", "augustus",
];

const WEEKDAYS = [
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
  "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
  "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
];

const MONTH_SET = new Set(MONTHS);
const WEEKDAY_SET = new Set(WEEKDAYS);

/** `word` in lower case. */
export function isMonthName(word: string): boolean {
  return MONTH_SET.has(word);
}

/** `word` in lower case. */
export function isWeekdayName(word: string): boolean {
  return WEEKDAY_SET.has(word);
}
