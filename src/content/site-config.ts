import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { displayPath } from "./load.ts";
import { problem, type Problem } from "./problems.ts";
import { describe, httpUrl, languageTag, text, unknownField } from "./schema.ts";
import { check } from "./validate.ts";
import { readYaml } from "./yaml.ts";

export const SITE_FILE = "_data/site.yaml";

/**
 * The site's own facts: its name, where it is published and in which language, and how many of
 * the newest briefings its feeds carry. Pages link from the root of the host, so the base URL
 * must be a root such as https://parallax.example/.
 */
export const siteConfigSchema = z.strictObject(
  {
    title: text,
    url: httpUrl.refine((value) => isRootUrl(value), {
      error: (issue) => `"${String(issue.input)}" is not the root of a site (expected a URL such as https://parallax.example/, without a path, query or fragment)`,
    }),
    language: languageTag,
    description: text,
    feedEntries: z
      .number({ error: (issue) => `must be a whole number of briefings, not ${describe(issue.input)}` })
      .int("must be a whole number of briefings")
      .min(1, "must be at least 1")
      .default(50),
  },
  { error: unknownField },
);

export type SiteConfig = z.infer<typeof siteConfigSchema>;
const SITE_FIELDS = Object.keys(siteConfigSchema.shape);

export type SiteConfigResult = { config: SiteConfig; problems: [] } | { config?: undefined; problems: Problem[] };

/** Reads and validates content/_data/site.yaml; the URL comes back normalised (`https://host/`). */
export function loadSiteConfig(contentDir: string): SiteConfigResult {
  const file = path.join(contentDir, SITE_FILE);
  const shown = displayPath(file);
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch {
    const hint = "it names the site: title, url (e.g. https://parallax.example/), language and description";
    return { problems: [problem({ file: shown, line: 1, field: "file", message: "is missing", hint })] };
  }
  const yaml = readYaml(shown, source);
  if (!yaml.ok) return { problems: yaml.problems };
  const checked = check(siteConfigSchema, yaml.data, shown, yaml.locate, SITE_FIELDS);
  if (!checked.ok) return { problems: checked.problems };
  const config = checked.value;
  return { config: { ...config, url: new URL(config.url).href, language: Intl.getCanonicalLocales(config.language)[0]! }, problems: [] };
}

function isRootUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.pathname === "/" && url.search === "" && url.hash === "" && url.username === "" && url.password === "";
  } catch {
    return false;
  }
}
