import { dateFromMetadata } from "./dates.ts";
import type { AccountFields } from "./draft.ts";
import { cleanUrl } from "./urls.ts";
import { escapeRegExp } from "../util/escape-regexp.ts";

/** What a saved page says about its article, from JSON-LD, `<meta>`, Open Graph and `<link>`. */
export interface PageMetadata extends AccountFields {
  /** The page's description: the subtitle, unless it only repeats the opening (the reader decides). */
  description?: string;
}

type JsonObject = Record<string, unknown>;

/** Reads the page's metadata. JSON-LD (a `NewsArticle` first) is the most precise, then Open Graph and `<meta>`. */
export function readPageMetadata(document: Document): PageMetadata {
  const article = jsonLdArticle(document);
  const meta = (...names: string[]) => firstText(names.map((name) => metaContent(document, name)));
  const siteName = meta("og:site_name");
  const published = firstText([text(article?.datePublished), meta("article:published_time", "datePublished", "date", "pubdate", "publish-date", "parsely-pub-date", "dc.date", "dc.date.issued")]);
  const link = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? undefined;
  const found: PageMetadata = {
    title: text(article?.headline) ?? withoutSiteName(meta("og:title", "twitter:title"), siteName),
    subtitle: text(article?.alternativeHeadline),
    description: text(article?.description) ?? meta("og:description", "description", "twitter:description"),
    byline: authorNames(article?.author) ?? bylineText(meta("author", "byl", "parsely-author", "sailthru.author")),
    date: published && dateFromMetadata(published),
    url: firstText([link, meta("og:url"), text(article?.url), text(idOf(article?.mainEntityOfPage))].map((u) => u && cleanUrl(u))),
    lang: firstText([text(article?.inLanguage), document.documentElement?.getAttribute("lang") ?? undefined, meta("og:locale")].map(languageTag)),
  };
  return Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined));
}

function metaContent(document: Document, name: string): string | undefined {
  for (const attribute of ["property", "name", "itemprop"]) {
    const element = [...document.querySelectorAll(`meta[${attribute}]`)].find((m) => m.getAttribute(attribute)?.toLowerCase() === name.toLowerCase());
    const content = text(element?.getAttribute("content"));
    if (content) return content;
  }
  return undefined;
}

/** The page's article in JSON-LD: a NewsArticle if there is one, else any kind of Article. */
function jsonLdArticle(document: Document): JsonObject | undefined {
  const nodes = [...document.querySelectorAll('script[type="application/ld+json"]')].flatMap((script) => flatten(parseJson(script.textContent ?? "")));
  const articles = nodes.filter((node) => types(node).some((t) => /Article$|^BlogPosting$/.test(t)));
  return articles.find((node) => types(node).some((t) => /NewsArticle$/.test(t))) ?? articles[0];
}

function parseJson(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch {
    return undefined; // a broken block is skipped, as a browser would
  }
}

function flatten(node: unknown): JsonObject[] {
  if (Array.isArray(node)) return node.flatMap(flatten);
  if (!isObject(node)) return [];
  return [node, ...flatten(node["@graph"])];
}

function types(node: JsonObject): string[] {
  const type = node["@type"];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === "string");
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function idOf(value: unknown): unknown {
  return isObject(value) ? value["@id"] : value;
}

/** `author` as JSON-LD gives it (a name, a Person, a list of them) as one line: "A, B and C". */
function authorNames(value: unknown): string | undefined {
  const names = (Array.isArray(value) ? value : [value]).map((a) => text(isObject(a) ? a.name : a)).filter((n): n is string => n !== undefined && !isUrl(n));
  return names.length ? new Intl.ListFormat("en", { type: "conjunction" }).format(names) : undefined;
}

function bylineText(value: string | undefined): string | undefined {
  return value && !isUrl(value) ? value.replace(/^by\s+/i, "") : undefined;
}

function withoutSiteName(title: string | undefined, siteName: string | undefined): string | undefined {
  if (!title || !siteName) return title;
  return title.replace(new RegExp(`\\s+[|–—-]\\s+${escapeRegExp(siteName)}$`), "") || title;
}

/** A BCP 47 tag in its canonical form (`en_US` → `en-US`), or undefined for anything else. */
export function languageTag(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return Intl.getCanonicalLocales(value.trim().replace(/_/g, "-"))[0];
  } catch {
    return undefined;
  }
}

function text(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.replace(/\s+/g, " ").trim();
  return trimmed || undefined;
}

function firstText(values: (string | undefined)[]): string | undefined {
  return values.find((v) => v !== undefined && v !== "");
}

function isUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}
