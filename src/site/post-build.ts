import { loadSiteConfig } from "../content/site-config.ts";
import { checkInternalLinks, type LinkCheckOptions } from "./link-check.ts";
import { indexSite, PAGEFIND_DIR } from "./pagefind.ts";
import { formatSiteProblem, type SiteProblem } from "./site-files.ts";

export interface PostBuildOptions {
  /** Build the search index (default true). Without it the search page's links into pagefind/ are left unchecked. */
  search?: boolean;
  /** Links known from an earlier build, and where to keep those read now (src/site/link-cache.ts). */
  links?: Pick<LinkCheckOptions, "knownLinks" | "onRead">;
}

/**
 * What runs on a freshly built site before it is published: the search index, then the internal
 * link check (every link, asset and fragment, including into the index just written). Any problem
 * stops the publication. html-validate is left to the tests: it takes seconds on a large site, and
 * its heading-order rule would refuse sources whose own subheadings skip a level.
 */
export async function postBuild(siteDir: string, contentDir: string, options: PostBuildOptions = {}): Promise<{ ok: boolean; report: string }> {
  const { config } = loadSiteConfig(contentDir);
  if (!config) return { ok: false, report: "the site configuration did not load" };
  const search = options.search ?? true;
  const indexing = search ? await indexSite(siteDir) : [];
  const problems: SiteProblem[] = indexing.length ? indexing : checkInternalLinks(siteDir, config.url, { ...options.links, ...(search ? {} : { unchecked: [`/${PAGEFIND_DIR}/`] }) });
  const count = `${problems.length} problem${problems.length === 1 ? "" : "s"} in the built site`;
  return { ok: problems.length === 0, report: problems.length ? `${problems.map(formatSiteProblem).join("\n")}\n${count}` : "" };
}
