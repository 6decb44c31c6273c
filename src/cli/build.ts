import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { loadContent } from "../content/load.ts";
import { formatProblems, hasErrors } from "../content/problems.ts";
import { loadSiteConfig } from "../content/site-config.ts";
import { saveValidationCache, type ValidatedBriefing, type ValidationCache } from "../content/validation-cache.ts";
import { preloadContent } from "../eleventy/content-data.ts";
import { cachedLinks, openLinkCache, type LinkCache } from "../site/link-cache.ts";
import { defaultCacheDir, openPageCache, type PageCache } from "../site/page-cache.ts";
import { postBuild } from "../site/post-build.ts";
import { escapeRegExp } from "../util/escape-regexp.ts";
import { openKeptResults, saveKeptResults } from "../util/kept-results.ts";
import { timePhase } from "../util/phases.ts";

export interface BuildOptions {
  /** Project root: holds .eleventy.js and layouts/. */
  root: string;
  contentDir: string;
  outputDir: string;
  quiet?: boolean;
  /** Build the search index (default true); `--no-search` leaves it to be built apart, as the benchmark does. */
  search?: boolean;
  /** Folder of rendered pages kept between builds (default: `defaultCacheDir`), or false to render every page. */
  cache?: string | false;
}

export interface BuildResult {
  ok: boolean;
  /** Text for the person who ran the build: problems, or what was written. */
  report: string;
}

/**
 * Validates every source, then builds into a fresh folder beside the output and swaps it in only
 * when the whole build succeeded: a failed build leaves the published site as it was, and files
 * of deleted briefings do not survive a successful one.
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  // From the process's start: node, the CLI and Eleventy's modules loading.
  performance.measure("startup", { start: 0 });
  const output = path.resolve(options.outputDir);
  const cacheDir = options.cache === undefined ? defaultCacheDir(output) : options.cache;
  const caches = cacheDir === false ? undefined : openCaches(path.resolve(cacheDir));
  const { site, problems } = timePhase("validation", () => loadContent(options.contentDir, caches ? { cache: caches.validated } : {}));
  if (caches) saveValidationCache(caches.validated);
  const { config } = loadSiteConfig(options.contentDir);
  if (!site || !config || hasErrors(problems)) return { ok: false, report: `${formatProblems(problems)}\nNothing was written.` };
  preloadContent(options.contentDir, { site, config, ...(caches ? { cache: caches.pages } : {}) });

  const staging = `${output}.next-${process.pid}`;
  mkdirSync(path.dirname(output), { recursive: true });
  removeLeftovers(output);
  try {
    const eleventy = new Eleventy(options.contentDir, staging, {
      configPath: path.join(options.root, ".eleventy.js"),
      quietMode: options.quiet ?? true,
      // As with the CLI flags: our input and output win over the config file's `dir`.
      source: "cli",
    });
    // Eleventy's own summary ("Wrote 0 files") counts only what it wrote; Parallax writes every page and
    // says what it built below, and a failure is reported from the error Eleventy throws.
    eleventy.disableLogger();
    await timePhase("Eleventy, all pages", () => eleventy.write());
    // Post-build steps (src/site/post-build.ts): search index and checks, on the staging folder.
    const checks = { search: options.search, ...(caches ? { links: cachedLinks(caches.links, caches.pages) } : {}) };
    const checked = await timePhase(options.search === false ? "link check" : "search index and link check", () => postBuild(staging, options.contentDir, checks));
    if (!checked.ok) {
      rmSync(staging, { recursive: true, force: true });
      return { ok: false, report: `${checked.report}\nNothing was written; ${path.basename(output)}/ is unchanged.` };
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    return { ok: false, report: `Build failed: ${describeError(error)}\nNothing was written; ${path.basename(output)}/ is unchanged.` };
  }
  swapIn(staging, output);
  if (caches) saveKeptResults(caches.links);
  const warnings = problems.length ? `${formatProblems(problems)}\n` : "";
  const unindexed = options.search === false ? " without the search index" : "";
  const cached = caches ? `\n${cacheReport(caches)}` : "";
  return { ok: true, report: `${warnings}Built ${path.relative(process.cwd(), output) || "."}/${unindexed}${cached}` };
}

/** The files of validation results and of the pages' links in the cache folder (its pages are the `.html` files). */
const VALIDATION_FILE = "validated.json";
const LINKS_FILE = "links.json";

/** What a build keeps in its cache folder: pages, validation results and the pages' links. */
interface BuildCaches {
  pages: PageCache;
  validated: ValidationCache;
  links: LinkCache;
}

/** The caches in `dir`. Validation results and links share the pages' salt, which covers the code that makes them too. */
function openCaches(dir: string): BuildCaches {
  const pages = openPageCache(dir);
  return { pages, validated: openKeptResults<ValidatedBriefing>(path.join(dir, VALIDATION_FILE), pages.salt), links: openLinkCache(path.join(dir, LINKS_FILE), pages.salt) };
}

function cacheReport({ validated, pages, links }: BuildCaches): string {
  return [
    `Briefings: ${validated.added} validated, ${validated.reused} unchanged since the results in the cache`,
    `Briefing pages: ${pages.rendered} rendered, ${pages.restored} copied from the cache in ${path.relative(process.cwd(), pages.dir) || "."}/`,
    `Link check: ${links.read} pages read, ${links.reused} known from the cache`,
  ].join("\n");
}

/** Folders a killed build left beside the output (`_site.next-<pid>`, `_site.old-<pid>`); a running build's are kept. */
function removeLeftovers(output: string): void {
  const pattern = new RegExp(`^${escapeRegExp(path.basename(output))}\\.(?:next|old)-(\\d+)$`);
  for (const entry of readdirSync(path.dirname(output), { withFileTypes: true })) {
    const pid = pattern.exec(entry.name)?.[1];
    if (pid && entry.isDirectory() && (Number(pid) === process.pid || !isRunning(Number(pid)))) rmSync(path.join(path.dirname(output), entry.name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // alive, someone else's
  }
}

function swapIn(staging: string, output: string): void {
  const previous = `${output}.old-${process.pid}`;
  if (existsSync(output)) renameSync(output, previous);
  renameSync(staging, output);
  rmSync(previous, { recursive: true, force: true });
}

/** Eleventy wraps the real cause (in `originalError` or `cause`); the innermost message is the one a person can act on. */
function describeError(error: unknown): string {
  let current = error;
  for (;;) {
    const inner = (current as { originalError?: unknown; cause?: unknown } | undefined)?.originalError ?? (current as { cause?: unknown } | undefined)?.cause;
    if (!(inner instanceof Error)) break;
    current = inner;
  }
  return current instanceof Error ? current.message : String(error);
}
