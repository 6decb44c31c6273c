import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";

/** The attack corpus (tests/fixtures/attacks/corpus.json): strings that must never become active. */
export interface Payload {
  group: "html" | "url" | "breakout" | "template" | "prototype" | "invisible" | "clobber";
  payload: string;
  /** The validator refuses it in front-matter text (it holds an invisible control); a body keeps it. */
  refusedInText?: boolean;
}

interface Corpus {
  marker: string;
  clobberNames: string[];
  payloads: Payload[];
}

const corpus = JSON.parse(readFileSync(path.join(import.meta.dirname, "../fixtures/attacks/corpus.json"), "utf8")) as Corpus;

export const PAYLOADS: readonly Payload[] = corpus.payloads;
/** The global a payload sets when it runs. */
export const MARKER = corpus.marker;
/** Ids and names no page may carry: each would shadow a global the page or a payload relies on. */
export const CLOBBER_NAMES: readonly string[] = corpus.clobberNames;

/**
 * A markdown text that carries `payload` in every position markdown has: paragraph, heading, link
 * text, destination and title, image, autolink, reference definition, code, quote, list, emphasis.
 * `label` keeps reference names apart when several such texts share a page.
 */
export function inEveryMarkdownPosition(payload: string, label: string): string {
  return [
    payload,
    `## ${payload}`,
    `[${payload}](https://example.com/ "${payload}") [link](${payload}) [angle](<${payload}>) ![${payload}](${payload})`,
    `<${payload}>`,
    `[reference][${label}]`,
    `[${label}]: ${payload}`,
    `\`${payload}\``,
    `\`\`\`\n${payload}\n\`\`\``,
    `> ${payload}`,
    `- ${payload}`,
    `*${payload}* __${payload}__`,
  ].join("\n\n");
}

/** Any string (every code point, controls included) or an attack string, the mix the properties draw from. */
export const hostileString = (options: { maxLength?: number } = {}) =>
  fc.oneof(fc.string({ unit: "binary", maxLength: options.maxLength ?? 80 }), fc.constantFrom(...PAYLOADS.map((p) => p.payload)));
