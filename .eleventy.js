// Thin shell: Parallax's logic is TypeScript in src/, loaded through tsx.
import { register } from "tsx/esm/api";

register();
const { default: parallax, includesDirectoryFor } = await import("./src/eleventy/plugin.ts");

export default function (eleventyConfig) {
  eleventyConfig.setIncludesDirectory(includesDirectoryFor(eleventyConfig.directories.input));
  eleventyConfig.addPlugin(parallax);
  return {
    dir: { input: "content", output: "_site" },
    // Pages are virtual templates; nothing editors write is ever run as a template.
    templateFormats: ["njk"],
    markdownTemplateEngine: false,
    htmlTemplateEngine: false,
  };
}
