import type { SiteConfig } from "../content/site-config.ts";
import type { BriefingPageView } from "../render/view.ts";
import { absoluteUrl } from "./urls.ts";

type JsonLd = { [key: string]: string | string[] | JsonLd | JsonLd[] };

/**
 * Schema.org data for a briefing page: the editors' article about the claim, citing each account
 * as the outlet's NewsArticle. An account without a known original or archive is cited at its
 * column on this page, where its text can be read.
 */
export function briefingJsonLd(briefing: Omit<BriefingPageView, "jsonLd" | "citation">, site: SiteConfig): JsonLd {
  const pageUrl = absoluteUrl(briefing.url, site.url);
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    "@id": pageUrl,
    url: pageUrl,
    headline: briefing.title,
    description: briefing.claim,
    inLanguage: site.language,
    ...(briefing.tags.length ? { keywords: briefing.tags.map((t) => t.label) } : {}),
    ...(briefing.updated ? { dateModified: briefing.updated.text } : {}),
    ...(briefing.changes.length
      ? { correction: briefing.changes.map((c) => ({ "@type": "CorrectionComment", datePublished: c.date.text, text: `${c.concerns}: ${c.note ?? ""}` })) }
      : {}),
    publisher: { "@type": "Organization", name: site.title, url: site.url },
    citation: briefing.accounts.map((account) => ({
      "@type": "NewsArticle",
      headline: account.title,
      ...(account.subtitle ? { alternativeHeadline: account.subtitle } : {}),
      datePublished: account.published.text,
      ...(account.updated ? { dateModified: account.updated.text } : {}),
      url: account.url ?? account.archive ?? absoluteUrl(account.columnUrl, site.url),
      ...(account.archive ? { archivedAt: account.archive } : {}),
      inLanguage: account.lang,
      publisher: { "@type": "Organization", name: account.outlet.name, url: account.outlet.homepage },
    })),
  };
}

/**
 * JSON for a `<script>` element. Source text may hold `</script>` or `<!--`; escaping `<`, `>` and
 * `&` as \u sequences keeps the element closed exactly where we close it, and escaping U+2028 and
 * U+2029 keeps the text valid for older JavaScript parsers. JSON readers see the same strings.
 */
export function serializeJsonLd(value: JsonLd): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
