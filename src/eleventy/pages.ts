import type { BriefingView } from "../render/view.ts";
import type { EleventyConfig } from "./types.ts";

/**
 * The site's pages, declared here rather than as files in content/, which belongs to editors.
 * Each is a virtual template that hands the data to a layout in layouts/.
 */
export function pages(config: EleventyConfig): void {
  config.addTemplate("index.njk", "", { layout: "home.njk", permalink: "/index.html" });
  config.addTemplate("briefing.njk", "", {
    layout: "briefing.njk",
    pagination: { data: "parallax.briefings", size: 1, alias: "briefing" },
    permalink: "/briefings/{{ briefing.slug }}/index.html",
    // Functions, not template strings: source text must never pass through a template engine.
    eleventyComputed: {
      pageTitle: (data: { briefing: BriefingView }) => data.briefing.title,
      pageDescription: (data: { briefing: BriefingView }) => data.briefing.claim,
    },
  });
}
