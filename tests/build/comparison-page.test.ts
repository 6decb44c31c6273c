import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { readPage, runCli } from "../helpers/build.ts";
import { SAMPLE_SLUG, tempContent } from "../helpers/content.ts";

describe("the comparison on the sample briefing page", () => {
  const content = tempContent();
  let page: Document;
  let section: Element;
  before(() => {
    const result = runCli(["build", "--content", content.content, "--out", content.out]);
    assert.equal(result.status, 0, result.stderr);
    page = readPage(content.out, `briefings/${SAMPLE_SLUG}/index.html`);
    section = page.querySelector("section.comparison")!;
  });
  after(() => content.dispose());

  it("comes before the accounts and says it is derived, apart from the editors' words", () => {
    assert.ok(section);
    assert.equal(section.nextElementSibling?.className, "accounts");
    assert.match(section.querySelector(".derived-note")!.textContent!, /not written by the editors/);
    assert.equal(section.querySelector(".editors-note"), null);
  });

  it("is left out of the search index, which already holds the accounts' own text (without their citations)", () => {
    assert.ok(section.closest("[data-pagefind-body]"));
    assert.ok(section.hasAttribute("data-pagefind-ignore"));
    for (const column of page.querySelectorAll("article.account")) {
      assert.equal(column.closest("[data-pagefind-ignore]"), null);
      // Citations repeat the headline, outlet and URL, and a hash is no word to search for.
      const ignored = [...column.querySelectorAll("[data-pagefind-ignore]")].map((e) => e.className || e.textContent);
      assert.deepEqual(ignored, ["SHA-256", "hash", "cite"]);
    }
  });

  it("links every finding to a sentence that exists in an account's text", () => {
    const links = [...section.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute("href")!.slice(1));
    assert.ok(links.length > 20);
    for (const id of links) {
      const target = page.getElementById(id);
      assert.ok(target, `#${id} exists`);
      assert.ok(target.classList.contains("sentence") && target.closest(".account-text"), `#${id} is a sentence of an account`);
    }
  });

  it("has one claims column per outlet and pairs the hard case of different wording", () => {
    const headers = [...section.querySelectorAll("table.claims thead th")].map((th) => th.textContent);
    assert.deepEqual(headers, ["Fox News", "RT", "Why matched"]);
    const rows = [...section.querySelectorAll("table.claims tbody tr")].map((tr) => tr.textContent!);
    assert.ok(rows.some((r) => r.includes("Russia and North Korea have denied the troop movements") && r.includes("Pyongyang previously rejected the accusation")));
  });

  it("pairs Austin's quotes with their word-level differences", () => {
    const quotes = [...section.querySelectorAll(".quote-pairs > li")].map((li) => li.textContent!);
    assert.ok(quotes.some((q) => q.includes("Lloyd Austin") && q.includes("a very, very serious issue") && q.includes("serious issue")));
    assert.ok(section.querySelectorAll(".quote-pairs del, .quote-pairs ins").length > 0);
  });

  it("shows both figures as given by Fox News only", () => {
    const figures = [...section.querySelectorAll(".figures li")].map((li) => li.textContent!.replace(/\s+/g, " "));
    assert.ok(figures.some((f) => /^3,000 troops: Fox News .*\(not in RT\)$/.test(f)), figures.join("\n"));
    assert.ok(figures.some((f) => /^10,000 troops: Fox News .*\(not in RT\)$/.test(f)), figures.join("\n"));
  });

  it("sets the headlines' framing verbs side by side", () => {
    const framing = section.querySelector(".framing")!.textContent!;
    assert.match(framing, /Fox News: .*confirms \(asserts as fact\)/);
    assert.match(framing, /RT: .*believes \(distances itself\)/);
  });

  it("says who is heard in only one account", () => {
    const actors = section.querySelector(".actors")!.textContent!;
    assert.match(actors, /Dmitry Peskov only in RT/);
    assert.match(actors, /Mark Rutte only in Fox News/);
  });
});
