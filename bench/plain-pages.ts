import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The same accounts as plain pages for the baselines: one markdown file per account with the
 * front matter Hugo and Eleventy both read (`url` renamed: both treat it as the page's address).
 */
export function writePlainPages(contentDir: string, eleventyDir: string, hugoDir: string): number {
  for (const dir of [eleventyDir, hugoDir]) rmSync(dir, { recursive: true, force: true });
  const eleventyPosts = path.join(eleventyDir, "posts");
  const hugoPosts = path.join(hugoDir, "content", "posts");
  mkdirSync(eleventyPosts, { recursive: true });
  mkdirSync(path.join(eleventyDir, "_includes"), { recursive: true });
  mkdirSync(hugoPosts, { recursive: true });
  mkdirSync(path.join(hugoDir, "layouts", "_default"), { recursive: true });
  writeFileSync(path.join(eleventyDir, "_includes", "plain.njk"), "<!doctype html><title>{{ title }}</title>{{ content | safe }}\n");
  writeFileSync(path.join(eleventyPosts, "posts.json"), JSON.stringify({ layout: "plain" }));
  writeFileSync(path.join(hugoDir, "hugo.toml"), 'baseURL = "https://bench.example/"\ntitle = "bench"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n');
  writeFileSync(path.join(hugoDir, "layouts", "_default", "single.html"), "<!doctype html><title>{{ .Title }}</title>{{ .Content }}\n");
  writeFileSync(path.join(hugoDir, "layouts", "_default", "list.html"), "<!doctype html><title>{{ .Title }}</title>\n");
  let pages = 0;
  const briefings = path.join(contentDir, "briefings");
  for (const slug of readdirSync(briefings).sort()) {
    for (const file of readdirSync(path.join(briefings, slug)).sort()) {
      if (file === "index.md" || !file.endsWith(".md")) continue;
      const text = readFileSync(path.join(briefings, slug, file), "utf8").replace(/^url: /m, "source_url: ");
      const name = `${slug}-${file}`;
      writeFileSync(path.join(eleventyPosts, name), text);
      writeFileSync(path.join(hugoPosts, name), text);
      pages++;
    }
  }
  return pages;
}
