import { readFileSync } from "node:fs";
import path from "node:path";
import nunjucks from "nunjucks";
import { parse as parseYaml } from "yaml";
import { LAYOUTS_DIR } from "./layouts.ts";
import { templateFilters } from "./filters.ts";
import type { EleventyConfig } from "./types.ts";

/**
 * Renders a layout of layouts/ outside Eleventy's page pipeline, with Eleventy's Nunjucks and its
 * layout chaining (`layout:` in a layout's front matter, the inner page as `content`; the rest of
 * the front matter is page data). Every page is rendered this way, in one data pass over the
 * loaded site: a template per page in Eleventy's pipeline builds the data cascade for every page,
 * which dominated builds of large archives. Templates are compiled once per renderer.
 */
export interface LayoutRenderer {
  render(layout: string, data: Record<string, unknown>): string;
}

interface CompiledLayout {
  template: nunjucks.Template;
  parent?: string;
  /** The rest of its front matter: data for the page, below the page's own (as in Eleventy's cascade). */
  data: Record<string, unknown>;
}

const BRIEFING_ITEM = "partials/briefing-item.njk";

export function createLayoutRenderer(): LayoutRenderer {
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(LAYOUTS_DIR), { autoescape: true });
  for (const [name, filter] of Object.entries(templateFilters)) env.addFilter(name, filter);
  // A briefing's entry is the same on every list that shows it (home, its tags): laid out once per
  // briefing view, which stays the same object while the briefing is unchanged (watch mode too).
  const listEntries = new WeakMap<object, string>();
  env.addFilter("briefingItem", (briefing: object) => {
    let html = listEntries.get(briefing);
    if (html === undefined) listEntries.set(briefing, (html = env.render(BRIEFING_ITEM, { briefing })));
    return new nunjucks.runtime.SafeString(html);
  });
  const compiled = new Map<string, CompiledLayout>();

  const load = (name: string): CompiledLayout => {
    let layout = compiled.get(name);
    if (!layout) {
      const file = path.join(LAYOUTS_DIR, name);
      const { front, body } = splitFrontMatter(readFileSync(file, "utf8"));
      const { layout: parent, ...data } = front as Record<string, unknown>;
      layout = { template: new nunjucks.Template(body, env, file), data, ...(typeof parent === "string" ? { parent } : {}) };
      compiled.set(name, layout);
    }
    return layout;
  };

  return {
    render(name, data) {
      const chain = [load(name)];
      for (let parent = chain[0]!.parent; parent; parent = chain.at(-1)!.parent) chain.push(load(parent));
      // An inner layout's data wins over its parent's, the page's own over both.
      const merged = Object.assign({}, ...chain.map((layout) => layout.data).reverse(), data);
      let content = chain[0]!.template.render(merged);
      for (const layout of chain.slice(1)) content = layout.template.render({ ...merged, content });
      return content;
    },
  };
}

/**
 * A layout's text in one renderer for the plugins that lay pages out after Eleventy: compiled on
 * first use, and anew after a layout is edited while `npm start` runs (then `onLayoutEdit` too).
 */
export function pluginRenderer(config: EleventyConfig, onLayoutEdit?: () => void): () => LayoutRenderer {
  let renderer: LayoutRenderer | undefined;
  config.on("eleventy.beforeWatch", (changed) => {
    if (!changed.some((file) => isInside(path.resolve(file), LAYOUTS_DIR))) return;
    renderer = undefined;
    onLayoutEdit?.();
  });
  return () => (renderer ??= createLayoutRenderer());
}

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}

/** A layout's front matter (ours, trusted) and its template text. */
function splitFrontMatter(text: string): { front: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  return match ? { front: parseYaml(match[1]!) ?? {}, body: text.slice(match[0].length) } : { front: {}, body: text };
}
