import { createRequire } from "node:module";
import { adjacent, wordTokens, type WordToken } from "../text/words.ts";

/**
 * Countries, government bodies and international organisations under every name the news uses
 * for them (gazetteer.json), so "Pyongyang", "the DPRK" and "North Korean" all name North Korea.
 */

export interface GazetteerEntity {
  id: string;
  kind: "place" | "organisation";
  /** Display name: the first listed. */
  name: string;
  /** What the entity compares as: its own id, or its country's for a government body (Pentagon → US). */
  country: string;
}

export interface GazetteerMention {
  entity: GazetteerEntity;
  /** Token indexes, inclusive. */
  first: number;
  last: number;
  /** As printed. */
  surface: string;
}

interface EntityData {
  id: string;
  kind?: "organisation";
  country?: string;
  names: string[];
  demonyms?: string[];
  seats?: string[];
}

interface Alias {
  forms: string[];
  entity: GazetteerEntity;
}

/** Inflected endings a listed form may carry: Russians, Russlands, russischen, Koreaner. */
const ENDINGS = ["s", "e", "en", "er", "es", "em", "n"];
/** Shorter forms (acronyms) must match exactly. */
const SHORTEST_INFLECTED = 4;

const require = createRequire(import.meta.url);
let index: Map<string, Alias[]> | undefined;

function buildIndex(): Map<string, Alias[]> {
  const data = require("./gazetteer.json") as { entities: EntityData[] };
  const byFirst = new Map<string, Alias[]>();
  for (const item of data.entities) {
    const entity: GazetteerEntity = {
      id: item.id,
      kind: item.kind ?? "place",
      name: item.names[0] ?? item.id,
      country: item.country ?? item.id,
    };
    for (const alias of [...item.names, ...(item.demonyms ?? []), ...(item.seats ?? [])]) {
      const forms = wordTokens(alias).map((t) => t.base);
      if (forms.length === 0) continue;
      // Indexed under its inflected first words too, so a lookup is one map access per token.
      for (const first of inflections(forms[0]!)) {
        const list = byFirst.get(first) ?? [];
        if (!list.some((a) => a.forms === forms)) list.push({ forms, entity });
        byFirst.set(first, list);
      }
    }
  }
  // Longest alias first, so "North Korean" wins over a shorter alias starting the same way.
  for (const list of byFirst.values()) list.sort((a, b) => b.forms.length - a.forms.length);
  return byFirst;
}

/** Every word of a name may be inflected: "Deutschen Bahn", "Vereinigten Staaten". */
function matchesForm(token: string, form: string): boolean {
  if (token === form) return true;
  return form.length >= SHORTEST_INFLECTED && token.startsWith(form) && ENDINGS.includes(token.slice(form.length));
}

function inflections(form: string): string[] {
  return form.length < SHORTEST_INFLECTED ? [form] : [form, ...ENDINGS.map((ending) => form + ending)];
}

/** Whether the tokens from `i` on are `forms`, one after another with only spaces between. */
function spellsOut(text: string, tokens: WordToken[], i: number, forms: string[]): boolean {
  for (let k = 0; k < forms.length; k++) {
    const token = tokens[i + k];
    if (token === undefined || (k > 0 && !adjacent(text, tokens[i + k - 1]!, token)) || !matchesForm(token.base, forms[k]!)) return false;
  }
  return true;
}

/** Non-overlapping mentions in reading order, longest match first. */
export function findGazetteerMentions(text: string, tokens: WordToken[]): GazetteerMention[] {
  index ??= buildIndex();
  const mentions: GazetteerMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const candidates = index.get(tokens[i]!.base);
    if (!candidates) continue;
    // The longest entry whose forms the tokens from i spell out (the first listed, between equals).
    let match: (typeof candidates)[number] | undefined;
    for (const candidate of candidates) {
      if ((match === undefined || candidate.forms.length > match.forms.length) && spellsOut(text, tokens, i, candidate.forms)) match = candidate;
    }
    if (!match) continue;
    const last = i + match.forms.length - 1;
    mentions.push({ entity: match.entity, first: i, last, surface: text.slice(tokens[i]!.start, tokens[last]!.end) });
    i = last;
  }
  return mentions;
}

/** Every entity, for tests and docs. */
export function gazetteerSize(): number {
  index ??= buildIndex();
  return new Set([...index.values()].flatMap((list) => list.map((a) => a.entity.id))).size;
}
