import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type { CompareInput } from "../../src/compare/index.ts";

/** Test inputs: briefing accounts (markdown with front matter) and the fixtures of other events. */

const root = fileURLToPath(new URL("../../", import.meta.url));

/** The front matter between the first two `---` lines; the body after them, split into paragraphs at blank lines. */
export function accountFromMarkdown(id: string, markdown: string): CompareInput {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/u.exec(markdown);
  const front = (match ? parse(match[1]!) : {}) as Record<string, unknown>;
  const body = match ? match[2]! : markdown;
  return {
    id,
    outlet: String(front["outlet"] ?? id),
    lang: String(front["lang"] ?? "en"),
    title: String(front["title"] ?? ""),
    paragraphs: body.split(/\r?\n\s*\r?\n/u).map((p) => p.trim()).filter((p) => p !== ""),
  };
}

/** An account made up in a test. */
export function account(id: string, paragraphs: string[], lang = "en", title = ""): CompareInput {
  return { id, outlet: id, lang, title, paragraphs };
}

export function loadBriefingAccount(briefing: string, id: string): CompareInput {
  return accountFromMarkdown(id, readFileSync(`${root}content/briefings/${briefing}/${id}.md`, "utf8"));
}

export const SEED_GOLD_PATH = fileURLToPath(new URL("../../../shared/fixtures/seed-pair-gold.json", import.meta.url));

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}
