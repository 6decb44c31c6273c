import path from "node:path";
import { defineCommand } from "../command.ts";
import { contentFolder, contentOption } from "../options.ts";
import { phaseTimes } from "../../util/phases.ts";

const ROOT = path.resolve(import.meta.dirname, "../../..");

export default defineCommand({
  name: "build",
  summary: "Validate the content and build the site",
  usage: "[options]",
  description: "Validates every source, then builds the site into a fresh folder and swaps it in only when the whole build succeeded.",
  positionals: false,
  options: {
    content: contentOption,
    out: { type: "string", value: "dir", description: "Output folder (default: _site)" },
    "no-search": { type: "boolean", description: "Skip the search index (pagefind/); the search page's links into it are not checked" },
    cache: { type: "string", value: "dir", description: "Folder of pages kept from earlier builds (default: .cache/parallax/<out name>/ beside the output)" },
    "no-cache": { type: "boolean", description: "Render every page anew, and keep none for the next build" },
    timings: { type: "boolean", description: "Also print how long each phase of the build took" },
  },
  async run({ values }, io) {
    // Loaded here, not at startup: Eleventy is most of the CLI's start-up time, and only build needs it.
    const { build } = await import("../build.ts");
    const result = await build({ root: ROOT, contentDir: contentFolder(values.content), outputDir: values.out ?? "_site", search: !values["no-search"], cache: values["no-cache"] ? false : values.cache });
    (result.ok ? io.out : io.err)(`${result.report}\n`);
    if (values.timings) io.err(`${phaseTimes().map(({ name, seconds }) => `timing ${name}: ${seconds.toFixed(2)} s`).join("\n")}\n`);
    return result.ok ? 0 : 1;
  },
});
