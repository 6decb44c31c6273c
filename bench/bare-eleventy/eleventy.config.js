// Bare Eleventy, the baseline: the same accounts as plain markdown pages with a one-line layout.
export default function (eleventyConfig) {
  eleventyConfig.addLayoutAlias("plain", "plain.njk");
  return { templateFormats: ["md"], markdownTemplateEngine: false, dir: { includes: "_includes" } };
}
