// Thin shell: Parallax's logic is TypeScript in src/, loaded through tsx.
import { register } from "tsx/esm/api";

register();
const { default: parallax, directoriesFor } = await import("./src/eleventy/plugin.ts");

export default function (eleventyConfig) {
  const { input, includes, data } = directoriesFor(eleventyConfig.directories.input);
  eleventyConfig.setInputDirectory(input);
  eleventyConfig.setIncludesDirectory(includes);
  eleventyConfig.setDataDirectory(data);
  eleventyConfig.addPlugin(parallax);
  return {
    // Pages are virtual templates; nothing editors write is ever run as a template.
    templateFormats: ["njk"],
    markdownTemplateEngine: false,
    htmlTemplateEngine: false,
  };
}
