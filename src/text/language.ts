/** "en-GB", "de_AT", "DE" → "en", "de"; anything unreadable counts as English, the most common source language. */
export function baseLanguage(lang: string): string {
  const primary = lang.trim().toLowerCase().split(/[-_]/u)[0] ?? "";
  return /^[a-z]{2,3}$/u.test(primary) ? primary : "en";
}
