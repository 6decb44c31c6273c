import { readFileSync } from "node:fs";
import path from "node:path";
import nunjucks from "nunjucks";
import { parse as parseYaml } from "yaml";
import { LAYOUTS_DIR } from "./layouts.ts";
import { templateFilters } from "./filters.ts";

/**
 * Renders a layout of layouts/ outside Eleventy's page pipeline, with the same Nunjucks, the same
 * filters and Eleventy's layout chaining (`layout:` in a layout's front matter, the inner page as
 * `content`). Briefing pages are rendered this way, one data pass over all briefings: a template
 * per page in Eleventy's pipeline copies the whole data cascade for every page, which dominated
 * builds of large archives. Templates are compiled once per renderer.
 */
export interface LayoutRenderer {
  render(layout: string, data: Record<string, unknown>): string;
}

interface CompiledLayout {
  template: nunjucks.Template;
  parent?: string;
}

export function createLayoutRenderer(): LayoutRenderer {
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(LAYOUTS_DIR), { autoescape: true });
  for (const [name, filter] of Object.entries(templateFilters)) env.addFilter(name, filter);
  const compiled = new Map<string, CompiledLayout>();

  const load = (name: string): CompiledLayout => {
    let layout = compiled.get(name);
    if (!layout) {
      const file = path.join(LAYOUTS_DIR, name);
      const { front, body } = splitFrontMatter(readFileSync(file, "utf8"));
      const parent = (front as { layout?: unknown }).layout;
      layout = { template: new nunjucks.Template(body, env, file), ...(typeof parent === "string" ? { parent } : {}) };
      compiled.set(name, layout);
    }
    return layout;
  };

  return {
    render(name, data) {
      let layout = load(name);
      let content = layout.template.render(data);
      while (layout.parent) {
        layout = load(layout.parent);
        content = layout.template.render({ ...data, content });
      }
      return content;
    },
  };
}

/** A layout's front matter (ours, trusted: only `layout` is read) and its template text. */
function splitFrontMatter(text: string): { front: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  return match ? { front: parseYaml(match[1]!) ?? {}, body: text.slice(match[0].length) } : { front: {}, body: text };
}
