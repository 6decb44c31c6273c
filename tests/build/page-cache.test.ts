import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { defaultCacheDir, openPageCache, restoreEntry } from "../../src/site/page-cache.ts";
import { pageFile, writePage } from "../../src/site/site-files.ts";
import { runCli } from "../helpers/build.ts";
import { ROOT, SAMPLE_SLUG, tempContent } from "../helpers/content.ts";

const COPY_SLUG = "a-second-briefing";
const MARK = "<!-- copied from the cache -->";

describe("the page cache between builds", () => {
  const content = tempContent();
  cpSync(path.join(content.content, "briefings", SAMPLE_SLUG), path.join(content.content, "briefings", COPY_SLUG), { recursive: true });
  const cacheDir = defaultCacheDir(content.out);
  const entries = () => readdirSync(cacheDir).filter((name) => name.endsWith(".html"));
  const page = (slug: string) => readFileSync(path.join(content.out, "briefings", slug, "index.html"), "utf8");
  const build = (...extra: string[]) => {
    const result = runCli(["build", "--content", content.content, "--out", content.out, "--no-search", ...extra]);
    assert.equal(result.status, 0, result.stderr);
    return result.stdout;
  };
  /** Marks every entry, so a page copied from the cache can be told from one rendered anew. */
  const markEntries = () => {
    for (const name of entries()) {
      const entry = path.join(cacheDir, name);
      writeFileSync(entry, readFileSync(entry, "utf8").replace("</body>", `${MARK}</body>`));
    }
  };
  after(() => content.dispose());

  it("keeps one entry per briefing page, beside the output", () => {
    const report = build();
    assert.match(report, /^Briefing pages: 2 rendered, 0 copied from the cache in .*\.cache\/parallax\/_site\/$/m);
    assert.match(report, /^Briefings: 2 validated, 0 unchanged since the results in the cache$/m);
    assert.match(report, /^Link check: \d+ pages read, 0 known from the cache$/m);
    assert.doesNotMatch(report, /Wrote 0 files/, "Eleventy's own summary, which counts none of the pages, is not shown");
    assert.equal(entries().length, 2);
    assert.equal(page(SAMPLE_SLUG).includes(MARK), false);
  });

  it("copies unchanged pages from it, renders an edited briefing anew and forgets its old page", () => {
    markEntries();
    const fox = path.join(content.content, "briefings", COPY_SLUG, "fox-news.md");
    appendFileSync(fox, "\nA sentence added by a correction.\n");
    const report = build();
    assert.match(report, /^Briefing pages: 1 rendered, 1 copied from the cache/m);
    assert.match(report, /^Briefings: 1 validated, 1 unchanged since the results in the cache$/m, "the unchanged briefing was not validated again");
    assert.match(report, /^Link check: \d+ pages read, 1 known from the cache$/m, "the copied page's links were not read again");
    assert.ok(page(SAMPLE_SLUG).includes(MARK), "the unchanged briefing's page came from the cache");
    assert.equal(page(COPY_SLUG).includes(MARK), false, "the edited briefing's page was rendered anew");
    assert.match(page(COPY_SLUG), /A sentence added by a correction\./);
    assert.equal(entries().length, 2, "the edited briefing's old entry was pruned");
  });

  it("renders every page anew when the site settings change", () => {
    markEntries();
    const settings = path.join(content.content, "_data", "site.yaml");
    writeFileSync(settings, readFileSync(settings, "utf8").replace(/^title: .*$/mu, "title: A renamed site"));
    build();
    for (const slug of [SAMPLE_SLUG, COPY_SLUG]) {
      assert.equal(page(slug).includes(MARK), false, slug);
      assert.match(page(slug), /A renamed site/);
    }
  });

  it("is not read or written with --no-cache, and goes where --cache says", () => {
    markEntries();
    assert.doesNotMatch(build("--no-cache"), /Briefings: .* validated|Link check:/);
    assert.equal(page(SAMPLE_SLUG).includes(MARK), false);
    const elsewhere = path.join(content.dir, "elsewhere");
    build("--cache", elsewhere);
    assert.deepEqual(readdirSync(elsewhere).filter((name) => !name.endsWith(".html")).sort(), ["links.json", "validated.json"]);
    assert.equal(readdirSync(elsewhere).length, 4, "two pages, the validation results and the pages' links");
  });

  it("does not fail a build when it cannot be written", () => {
    const file = path.join(content.dir, "a-file");
    writeFileSync(file, "not a folder");
    build("--cache", path.join(file, "cache"));
    assert.match(page(SAMPLE_SLUG), /<\/html>/);
  });
});

describe("the page cache under Eleventy itself (npm start)", () => {
  const content = tempContent();
  after(() => content.dispose());

  it("is shared with parallax build: a page the build rendered is copied, not rendered again", () => {
    assert.equal(runCli(["build", "--content", content.content, "--out", content.out, "--no-search"]).status, 0);
    const cacheDir = defaultCacheDir(content.out);
    const [name] = readdirSync(cacheDir);
    const entry = path.join(cacheDir, name!);
    writeFileSync(entry, readFileSync(entry, "utf8").replace("</body>", `${MARK}</body>`));
    const eleventy = spawnSync(process.execPath, [path.join(ROOT, "node_modules/@11ty/eleventy/cmd.cjs"), "--quiet", `--input=${content.content}`, `--output=${content.out}`], { cwd: ROOT, encoding: "utf8" });
    assert.equal(eleventy.status, 0, eleventy.stderr);
    assert.ok(readFileSync(path.join(content.out, "briefings", SAMPLE_SLUG, "index.html"), "utf8").includes(MARK));
  });
});

describe("the page cache's salt", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "parallax-salt-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("changes with any file of the code and layouts it covers, read whole from folders", () => {
    writeFileSync(path.join(dir, "lock.json"), "{}");
    cpSync(path.join(import.meta.dirname, "../../layouts/partials"), path.join(dir, "layouts"), { recursive: true });
    const salt = () => openPageCache(path.join(dir, "cache"), [path.join(dir, "lock.json"), path.join(dir, "layouts")]).salt;
    const first = salt();
    assert.equal(salt(), first, "the same files give the same salt");
    appendFileSync(path.join(dir, "layouts", "account.njk"), " ");
    const afterLayoutEdit = salt();
    assert.notEqual(afterLayoutEdit, first);
    writeFileSync(path.join(dir, "lock.json"), '{"lockfileVersion": 3}');
    assert.notEqual(salt(), afterLayoutEdit);
    assert.equal(existsSync(path.join(dir, "cache")), false, "opening a cache writes nothing");
  });

  it("is the same for the same files in another folder, as in another clone", () => {
    const saltIn = (root: string) => openPageCache(path.join(root, "cache"), [path.join(root, "lock.json"), path.join(root, "layouts")]).salt;
    const clone = path.join(dir, "clone");
    cpSync(path.join(dir, "layouts"), path.join(clone, "layouts"), { recursive: true });
    cpSync(path.join(dir, "lock.json"), path.join(clone, "lock.json"));
    assert.equal(saltIn(clone), saltIn(dir));
  });
});

describe("a page put in place from the cache", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "parallax-restore-"));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const site = path.join(dir, "site");
  const target = pageFile(site, "/briefings/a/");
  const entry = (name: string, html: string) => {
    writeFileSync(path.join(dir, name), html);
    return path.join(dir, name);
  };

  it("is the entry's page, and writing the page anew or restoring another entry over it leaves the entry as it was", () => {
    const first = entry("first.html", "<p>first</p>");
    const second = entry("second.html", "<p>second</p>");
    assert.equal(restoreEntry(first, target), true);
    assert.equal(readFileSync(target, "utf8"), "<p>first</p>");
    assert.equal(restoreEntry(second, target), true);
    assert.equal(readFileSync(target, "utf8"), "<p>second</p>");
    assert.equal(readFileSync(first, "utf8"), "<p>first</p>");
    writePage(site, "/briefings/a/", "<p>rendered anew</p>");
    assert.equal(readFileSync(target, "utf8"), "<p>rendered anew</p>");
    assert.equal(readFileSync(second, "utf8"), "<p>second</p>", "the entry the page came from is unchanged");
  });

  it("is not there when its entry is not", () => {
    assert.equal(restoreEntry(path.join(dir, "pruned.html"), pageFile(site, "/briefings/b/")), false);
  });
});
