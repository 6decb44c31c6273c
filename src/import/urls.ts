/**
 * An http(s) URL as an account keeps it: tracking parameters (`utm_*`) and the fragment dropped,
 * so the same article always gets the same `url`. Undefined for anything else.
 */
export function cleanUrl(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || !url.hostname) return undefined;
  const tracking = [...url.searchParams.keys()].filter((key) => /^utm_/i.test(key));
  for (const key of tracking) url.searchParams.delete(key);
  url.hash = "";
  return url.href;
}

/** The first http(s) URL written in a piece of text, cleaned; brackets and final punctuation are not part of it. */
export function firstUrl(text: string): string | undefined {
  const match = /https?:\/\/[^\s()<>"“”]+/i.exec(text);
  return match ? cleanUrl(match[0].replace(/[.,;:!?'’]+$/, "")) : undefined;
}
