import { createHash } from "node:crypto";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { sourceKey } from "../content/load.ts";
import type { SiteConfig } from "../content/site-config.ts";
import type { Briefing } from "../model/types.ts";
import { briefingPageView, type BriefingView } from "../render/view.ts";
import { cacheEntry, pruneCache, restoreEntry, storeEntry, type PageCache } from "../site/page-cache.ts";
import { pageFile, sitePath, writePage } from "../site/site-files.ts";
import { paths } from "../site/urls.ts";
import { timePhase } from "../util/phases.ts";
import type { LoadedContent } from "./content-data.ts";
import { pluginRenderer, type LayoutRenderer } from "./layout-renderer.ts";
import type { EleventyConfig } from "./types.ts";

/**
 * Below this many pages to render, one thread is faster: each worker boots for about 0.5 s and
 * compiles the engine anew. Measured on 2 cores: 500 pages 2.6 s alone against 3.3 s on two
 * workers, 1,000 pages 5.2 against 5.5 s, 1,500 pages 7.3 against 6.6 s.
 */
const PARALLEL_FROM = 1200;

/**
 * Briefing pages, rendered in one data pass after Eleventy's own (empty) pass, as the site pages are: each
 * briefing's text is rendered, compared and laid out once, straight from the loaded data, on every
 * core for a large archive. In watch mode a page whose data has not changed since it was last
 * written is not rendered again, so an edit re-renders one page; and a page that an earlier build
 * or server rendered from the same data is copied from the page cache (src/site/page-cache.ts).
 */
export function briefingPages(config: EleventyConfig, loaded: () => LoadedContent | undefined): void {
  const written = new Map<string, string>();
  // A layout edited while `npm start` runs: every briefing page is laid out anew, with the new layouts.
  const renderer = pluginRenderer(config, () => written.clear());
  config.on("eleventy.after", async () => {
    const content = loaded();
    if (!content) return;
    const output = config.directories.output;
    const configKey = JSON.stringify(content.config);
    const { cache } = content;
    // The site view lists the briefings in the site's order, one view for each.
    const keyed = content.view.briefings.map((briefing, i): KeyedPage => {
      const key = dataKey(content.site.briefings[i]!, briefing, configKey);
      if (!cache) return { briefing, key };
      const entry = cacheEntry(cache, key);
      cache.entries.set(sitePath(briefing.url), entry);
      return { briefing, key, cacheEntry: entry };
    });
    const due = keyed.filter(({ briefing, key }) => written.get(briefing.url) !== key);
    const cores = availableParallelism();
    await timePhase("briefing pages (within Eleventy)", () => {
      const jobs = cache ? fromCache(due, cache, output) : due;
      return jobs.length >= PARALLEL_FROM && cores > 1 ? renderInWorkers(jobs, cores, content.config, output) : writeBriefingPages(renderer(), jobs, content.config, output);
    });
    if (cache) pruneCache(cache, new Set(keyed.map(({ cacheEntry }) => cacheEntry!)));
    for (const { briefing, key } of due) written.set(briefing.url, key);
  });
}

/** A briefing page to render, and the cache entry to keep it in. */
export interface PageJob {
  briefing: BriefingView;
  cacheEntry?: string;
}

/** A page with the key of its data (and its cache entry, with a cache). */
interface KeyedPage extends PageJob {
  key: string;
}

/** Copies the pages an earlier build rendered from the same data; returns the rest, to render. */
function fromCache(due: KeyedPage[], cache: PageCache, output: string): PageJob[] {
  const jobs: PageJob[] = [];
  for (const { briefing, cacheEntry } of due) {
    if (!restoreEntry(cacheEntry!, pageFile(output, briefing.url))) jobs.push({ briefing, cacheEntry: cacheEntry! });
  }
  cache.restored += due.length - jobs.length;
  cache.rendered += jobs.length;
  return jobs;
}

/** Renders and writes briefing pages, and keeps each in its cache entry. */
export function writeBriefingPages(renderer: LayoutRenderer, jobs: PageJob[], config: SiteConfig, output: string): void {
  for (const { briefing, cacheEntry } of jobs) {
    const html = renderBriefingPage(renderer, briefing, config);
    writePage(output, briefing.url, html);
    if (cacheEntry) storeEntry(cacheEntry, html);
  }
}

export function renderBriefingPage(renderer: LayoutRenderer, briefing: BriefingView, config: SiteConfig): string {
  const view = briefingPageView(briefing, config);
  return renderer.render("briefing.njk", {
    briefing: view,
    parallax: { site: config },
    paths,
    page: { url: briefing.url },
    pageTitle: briefing.title,
    pageDescription: briefing.claim,
    jsonLd: view.jsonLd,
    ogType: "article",
  });
}

/**
 * What a briefing page is made from (its view and the site's settings); the same key means the same page.
 * A briefing is keyed by its sources' key (src/content/load.ts), which decides its view, so no view
 * needs serialising; only one whose files could not all be read for that key (they changed while it
 * loaded) is keyed by its view itself.
 */
function dataKey(source: Briefing, briefing: BriefingView, configKey: string): string {
  return sha1(`${sourceKey(source) ?? sha1(JSON.stringify(briefing))}\n${configKey}`);
}

function sha1(text: string): string {
  return createHash("sha1").update(text).digest("hex");
}

/**
 * Briefings handed to a worker at a time. Workers ask for the next batch when done with one, so
 * every core stays busy to the end whatever the briefings' lengths, and a worker holds a batch,
 * not its whole share of the archive.
 */
const BATCH = 50;

/** Renders the pages on `count` worker threads pulling batches from one queue; the first failure stops them all. */
export function renderInWorkers(jobs: PageJob[], count: number, config: SiteConfig, output: string): Promise<void> {
  // A worker loads TypeScript through tsx like the main thread.
  const bootstrap = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then(({ register }) => { register(); return import(${JSON.stringify(new URL("./briefing-worker.ts", import.meta.url).href)}); });`;
  let next = 0;
  const workers: Worker[] = [];
  const running = Array.from({ length: count }, () => {
    const worker = new Worker(bootstrap, { eval: true, workerData: { config, output } });
    workers.push(worker);
    return new Promise<void>((resolve, reject) => {
      // The worker says it is ready, then done after each batch; an empty batch lets it exit.
      worker.on("message", () => {
        const batch = jobs.slice(next, next + BATCH);
        next += batch.length;
        worker.postMessage(batch);
      });
      worker.once("error", reject);
      worker.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`a briefing-page worker stopped with exit code ${code}`))));
    });
  });
  return Promise.all(running).then(
    () => undefined,
    async (error: unknown) => {
      await Promise.all(workers.map((w) => w.terminate()));
      throw error;
    },
  );
}
