import assert from "node:assert/strict";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { runCli } from "../helpers/build.ts";
import { launchChromium, serveSite } from "../helpers/browser.ts";
import { LIST_PAGE_SIZE } from "../../src/render/view.ts";
import { accountSource, ROOT, SAMPLE_SLUG, tempContent } from "../helpers/content.ts";

/** Where the screenshots go; the test that writes them names the files. */
const SCREENSHOTS = path.join(ROOT, "test-output/screenshots");
const BRIEFING = `/briefings/${SAMPLE_SLUG}/`;
const PAGES: Record<string, string> = {
  home: "/",
  briefing: BRIEFING,
  outlet: "/outlets/rt/",
  tag: "/tags/north-korea/",
  // Older filler briefings make the long lists run to a second page, with their page links.
  "home, page 2": "/page/2/",
  "outlet, page 2": "/outlets/rt/page/2/",
  "tag, page 2": "/tags/earlier-briefing/page/2/",
  about: "/about/",
  search: "/search/?q=Peskov",
  "404": "/no-such-page/",
};

describe("the site in Chromium", () => {
  const content = tempContent();
  let server: Awaited<ReturnType<typeof serveSite>>;
  let browser: Browser;

  before(async () => {
    for (let i = 1; i <= LIST_PAGE_SIZE + 1; i++) {
      content.write(`briefings/earlier-${i}/index.md`, `---\ntitle: Earlier briefing ${i}\nclaim: Something else happened.\ntags:\n  - Earlier briefing\n---\n`);
      content.write(`briefings/earlier-${i}/rt.md`, accountSource({ date: "2024-01-01" }, `An earlier account, number ${i}.\n`));
    }
    const result = runCli(["build", "--content", content.content, "--out", content.out]);
    assert.equal(result.status, 0, result.stderr);
    for (const url of Object.values(PAGES).filter((u) => u.endsWith("/page/2/"))) assert.ok(existsSync(path.join(content.out, url, "index.html")), url);
    server = await serveSite(content.out);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    content.dispose();
  });

  /** Opens a page in a fresh context (viewport, colour scheme, JavaScript) and closes it after. */
  async function withPage<T>(url: string, options: BrowserContextOptions, use: (page: Page) => Promise<T>): Promise<T> {
    const context = await browser.newContext(options);
    try {
      const page = await context.newPage();
      await page.goto(server.origin + url);
      if (url.startsWith("/search/?q=")) await page.locator(".pagefind-ui__result").first().waitFor();
      return await use(page);
    } finally {
      await context.close();
    }
  }

  for (const colorScheme of ["light", "dark"] as const) {
    it(`has no axe violations on any kind of page, ${colorScheme}`, async () => {
      for (const [name, url] of Object.entries(PAGES)) {
        const violations = await withPage(url, { colorScheme }, async (page) => (await new AxeBuilder({ page }).analyze()).violations);
        assert.deepEqual(
          violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
          [],
          `${name} page, ${colorScheme}`,
        );
      }
    });
  }

  it(`sets the accounts side by side at 1280 px and stacks them at 375 px; screenshots in ${path.relative(ROOT, SCREENSHOTS)}/`, async (t) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const [width, height, arrangement] of [[1280, 800, "side by side"], [375, 812, "stacked"]] as const) {
      await withPage(BRIEFING, { viewport: { width, height } }, async (page) => {
        const file = path.join(SCREENSHOTS, `briefing-${width}x${height}.png`);
        await page.screenshot({ path: file });
        t.diagnostic(`screenshot: ${path.relative(ROOT, file)}`);
        const [first, second] = await page.locator(".columns > .account").evaluateAll((columns) => columns.map((c) => c.getBoundingClientRect().toJSON() as DOMRect));
        assert.ok(first && second);
        if (arrangement === "side by side") {
          assert.equal(Math.round(first.top), Math.round(second.top));
          assert.ok(second.left >= first.right, `${second.left} ≥ ${first.right}`);
        } else {
          assert.ok(second.top >= first.bottom, `${second.top} ≥ ${first.bottom}`);
          assert.equal(Math.round(first.left), Math.round(second.left));
        }
      });
    }
  });

  it("keeps both outlets' labels in view while reading side by side at 1280 px", async () => {
    await withPage(BRIEFING, { viewport: { width: 1280, height: 800 } }, async (page) => {
      await page.locator("#account-rt .account-text p").nth(3).scrollIntoViewIfNeeded();
      assert.deepEqual(await visibleLabels(page), ["Fox News", "RT"]);
    });
  });

  it("keeps each column's outlet label at the top while reading it stacked at 375 px", async () => {
    await withPage(BRIEFING, { viewport: { width: 375, height: 812 } }, async (page) => {
      for (const [account, outlet] of [["fox-news", "Fox News"], ["rt", "RT"]] as const) {
        const paragraphs = page.locator(`#account-${account} .account-text p`);
        await paragraphs.nth(Math.floor((await paragraphs.count()) / 2)).scrollIntoViewIfNeeded();
        assert.ok((await visibleLabels(page)).includes(outlet), outlet);
        assert.equal(await page.locator(`#account-${account} .outlet-label`).evaluate((label) => Math.round(label.getBoundingClientRect().top)), 0, `${outlet}'s label is stuck to the top`);
      }
    });
  });

  it("never scrolls sideways at 320 px", async () => {
    for (const [name, url] of Object.entries(PAGES)) {
      const widths = await withPage(url, { viewport: { width: 320, height: 640 } }, (page) => page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]));
      assert.ok(widths[0]! <= widths[1]!, `${name}: content ${widths[0]} px wide in a ${widths[1]} px viewport`);
    }
  });

  it("shows both accounts, the claim and the summary with JavaScript off", async () => {
    await withPage(BRIEFING, { javaScriptEnabled: false }, async (page) => {
      for (const selector of ["#account-fox-news .account-text", "#account-rt .account-text", ".claim", ".editors-note"]) assert.ok(await page.locator(selector).isVisible(), selector);
      assert.match(await page.locator("#account-rt").innerText(), /Kremlin spokesman Dmitry Peskov/);
    });
  });

  it("shows the comparison with JavaScript off, and a finding's link highlights its sentence", async () => {
    await withPage(BRIEFING, { javaScriptEnabled: false }, async (page) => {
      assert.ok(await page.locator("section.comparison").isVisible());
      assert.ok((await page.locator("section.comparison table.claims tbody tr").count()) >= 3);
      const link = page.locator("section.comparison table.claims a").first();
      const target = (await link.getAttribute("href"))!;
      const plain = await page.locator(target).evaluate((s) => getComputedStyle(s).outlineStyle);
      await link.click();
      assert.equal(new URL(page.url()).hash, target);
      assert.notEqual(await page.locator(target).evaluate((s) => getComputedStyle(s).outlineStyle), plain, "the :target sentence is highlighted");
    });
  });

  it("says on the search page that search needs JavaScript when it is off", async () => {
    await withPage("/search/", { javaScriptEnabled: false }, async (page) => {
      assert.match(await page.locator("main").innerText(), /Search runs in your browser and needs JavaScript, which is off/);
    });
  });

  it("finds the sample briefing by a word only its text contains, and filters by outlet and stance", async () => {
    await withPage("/search/", {}, async (page) => {
      const errors: string[] = [];
      page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
      await page.getByLabel("Search briefings and accounts").fill("Peskov");
      const result = page.locator(".pagefind-ui__result").first();
      await result.waitFor();
      assert.equal(await page.locator(".pagefind-ui__result").count(), 1);
      assert.equal(new URL((await result.locator("a").first().getAttribute("href"))!, server.origin).pathname, BRIEFING);
      const filters = await page.locator(".pagefind-ui__filter-panel").innerText();
      for (const value of ["Outlet", "RT", "Fox News", "Stance", "Questions", "Affirms"]) assert.match(filters, new RegExp(value));
      assert.deepEqual(errors, [], "no errors, no Content-Security-Policy violation");
    });
  });

  it("requests nothing from another origin", async () => {
    for (const url of [BRIEFING, "/search/?q=Peskov"]) {
      const requested: string[] = [];
      const context = await browser.newContext();
      context.on("request", (request) => requested.push(request.url()));
      const page = await context.newPage();
      await page.goto(server.origin + url, { waitUntil: "networkidle" });
      await context.close();
      assert.deepEqual(requested.filter((r) => !r.startsWith(`${server.origin}/`)), [], url);
    }
  });

  it("prints both accounts with their citations and without navigation", async () => {
    await withPage(BRIEFING, {}, async (page) => {
      await page.emulateMedia({ media: "print" });
      assert.equal(await page.locator(".site-header").isVisible(), false);
      assert.equal(await page.locator(".site-footer").isVisible(), false);
      for (const account of ["#account-fox-news", "#account-rt"]) assert.ok(await page.locator(`${account} .account-text`).isVisible(), account);
      const printedUrl = await page.locator('#account-rt a[href^="https://www.rt.com/"]').evaluate((a) => getComputedStyle(a, "::after").content);
      assert.match(printedUrl, /https:\/\/www\.rt\.com\/news\/606238/);
    });
  });

  it("shows keyboard focus, starting with a skip link to the main content", async () => {
    await withPage(BRIEFING, {}, async (page) => {
      await page.keyboard.press("Tab");
      const skip = page.locator(".skip-link");
      assert.equal(await skip.evaluate((a) => a === document.activeElement), true);
      assert.ok(await skip.isVisible());
      assert.notEqual(await skip.evaluate((a) => getComputedStyle(a).outlineStyle), "none");
      await page.keyboard.press("Enter");
      assert.equal(await page.evaluate(() => document.activeElement?.id), "main");
    });
  });

  it("follows the reader's dark colour scheme", async () => {
    const background = (colorScheme: "light" | "dark") => withPage(BRIEFING, { colorScheme }, (page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor));
    assert.equal(await background("light"), "rgb(253, 253, 252)");
    assert.equal(await background("dark"), "rgb(21, 22, 26)");
  });

  it("serves well-formed feeds and sitemap", async () => {
    await withPage("/", {}, async (page) => {
      for (const file of ["/feed.xml", "/sitemap.xml"]) {
        const errors = await page.evaluate(async (url) => {
          const text = await (await fetch(url)).text();
          return new DOMParser().parseFromString(text, "application/xml").getElementsByTagName("parsererror").length;
        }, file);
        assert.equal(errors, 0, file);
      }
    });
  });
});

/** The outlet labels whose whole box is in the viewport and not covered by anything else. */
function visibleLabels(page: Page): Promise<string[]> {
  return page.locator(".outlet-label").evaluateAll((labels) =>
    labels
      .filter((label) => {
        const box = label.getBoundingClientRect();
        const inView = box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
        const onTop = label.contains(document.elementFromPoint(box.left + 2, box.top + box.height / 2));
        return inView && onTop;
      })
      .map((label) => label.textContent!.trim()),
  );
}
