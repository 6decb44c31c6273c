import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { DOMParser, parseHTML } from "linkedom";
import type { BrowserContext, Page } from "playwright-core";
import { runCli } from "../helpers/build.ts";
import { tempContent } from "../helpers/content.ts";
import { findActiveContent } from "./active-content.ts";
import { CLOBBER_NAMES, PAYLOADS } from "./corpus.ts";
import { hostileSources, PLACEMENTS, type Placement } from "./hostile-site.ts";
import { problemsInFrame, settle, watchContext, type Incidents } from "./page-watch.ts";
import { serveInChromium, type ServedSite } from "./served-site.ts";
import { sitePaths } from "./site-files.ts";

/**
 * The attack corpus, each payload in every field and markdown position of its own briefing, built
 * once into one site; then every page is loaded in Chromium with the CSP bypassed, so what is
 * measured is the escaping itself (tests/trust/csp.test.ts shows the CSP as the second wall).
 */
describe("a site built from hostile sources", { timeout: 600_000 }, () => {
  const content = tempContent({ empty: true });
  const { files, briefings } = hostileSources();
  let build: ReturnType<typeof runCli>;
  let site: ServedSite;
  let context: BrowserContext;
  let incidents: Incidents;
  let page: Page;

  before(async () => {
    for (const [file, text] of files) content.write(file, text);
    build = runCli(["build", "--content", content.content, "--out", content.out], { timeout: 300_000 });
    assert.equal(build.status, 0, `the hostile site must build:\n${build.stderr}`);
    site = await serveInChromium(content.out);
    context = await site.browser.newContext({ bypassCSP: true });
    incidents = watchContext(context, site.origin);
    page = await context.newPage();
  });
  after(async () => {
    await site?.close();
    content.dispose();
  });

  it("carries every payload: one briefing each, in every text field unless it holds an invisible control", () => {
    assert.ok(PAYLOADS.length >= 60, `the corpus holds ${PAYLOADS.length} payloads`);
    assert.equal(briefings.length, PAYLOADS.length);
    const textual = PLACEMENTS.filter((p) => p.kind !== "checked");
    for (const b of briefings) {
      const carried = textual.filter((p) => b.placed.includes(p));
      assert.deepEqual(carried, b.payload.refusedInText ? [] : textual, `${b.slug} ${JSON.stringify(b.payload.payload)}`);
    }
  });

  it("loads every page without a dialog, a script run, a foreign request or active markup", async () => {
    const pages = sitePaths(content.out, ".html");
    assert.ok(pages.length > 2 * PAYLOADS.length, `every briefing and outlet page: ${pages.length} pages`);
    const problems: string[] = [];
    for (const pagePath of pages) {
      await page.goto(`${site.origin}${pagePath}`, { waitUntil: "load" });
      await settle(page);
      if (page.frames().length !== 1) problems.push(`${pagePath}: ${page.frames().length - 1} frame(s)`);
      for (const frame of page.frames()) problems.push(...(await problemsInFrame(frame)));
    }
    assert.deepEqual({ ...incidents, problems }, { dialogs: [], foreignRequests: [], pageErrors: [], problems: [] });
  });

  it("shows search results and filters built from payloads as text", async () => {
    const problems: string[] = [];
    for (const query of ["pwned", "alert", "script", "onerror", "javascript", "constructor"]) {
      await page.goto(`${site.origin}/search/?q=${query}`, { waitUntil: "load" });
      await page.waitForSelector(".pagefind-ui__result", { timeout: 30_000 });
      await page.waitForSelector(".pagefind-ui__filter-label", { timeout: 30_000 });
      await settle(page);
      for (const frame of page.frames()) problems.push(...(await problemsInFrame(frame)));
    }
    assert.deepEqual({ ...incidents, problems }, { dialogs: [], foreignRequests: [], pageErrors: [], problems: [] });
  });

  it("prints every payload it carries as the text it is: markup, entities and template syntax included", () => {
    const missing: string[] = [];
    for (const b of briefings) {
      const { document } = parseHTML(readFileSync(path.join(content.out, "briefings", b.slug, "index.html"), "utf8"));
      const expected = b.payload.payload.trim();
      if (b.placed.some((p) => p.source === "briefing" && p.path[0] === "title")) {
        if (document.querySelector("h1")?.textContent !== expected) missing.push(`${b.slug} h1`);
        if (!document.querySelector("title")?.textContent?.startsWith(expected)) missing.push(`${b.slug} <title>`);
      }
      const text = document.querySelector("main")?.textContent ?? "";
      for (const p of b.placed.filter(shownOnBriefingPage)) if (!text.includes(expected)) missing.push(`${b.slug} ${p.source}.${p.path.join(".")}`);
    }
    assert.deepEqual(missing, []);
  });

  it("puts payloads into feeds only as text, or as HTML without active content", () => {
    const activeIn = (html: string) => findActiveContent(parseHTML(`<!doctype html><body>${html}`).document as unknown as Document, "https://parallax.example/feed", CLOBBER_NAMES);
    const problems: string[] = [];
    for (const feed of sitePaths(content.out, ".json").filter((p) => p.startsWith("/feed"))) {
      const items = (JSON.parse(readFileSync(path.join(content.out, feed), "utf8")) as { items: { content_html?: string }[] }).items;
      assert.ok(items.length >= PAYLOADS.length, `${feed} lists the briefings`);
      for (const item of items) problems.push(...activeIn(item.content_html ?? ""));
    }
    for (const feed of sitePaths(content.out, ".xml").filter((p) => p.startsWith("/feed"))) {
      const xml = new DOMParser().parseFromString(readFileSync(path.join(content.out, feed), "utf8"), "text/xml");
      const entries = [...xml.querySelectorAll("content, summary")];
      assert.ok(entries.length >= PAYLOADS.length, `${feed} has entries`);
      for (const entry of entries.filter((e) => e.getAttribute("type") === "html")) problems.push(...activeIn(entry.textContent ?? ""));
    }
    assert.deepEqual(problems, []);
  });
});

/** Text fields the briefing page prints as text (the others sit in attributes, on other pages, or nowhere). */
function shownOnBriefingPage(p: Placement): boolean {
  const field = String(p.path[0]);
  if (p.kind !== "text") return false;
  if (p.source === "account") return field !== "corrections";
  if (p.source === "briefing") return field === "title" || field === "claim";
  if (p.source === "outlet") return ["name", "country", "ownership"].includes(field);
  return field === "label" || field === "symbol";
}
