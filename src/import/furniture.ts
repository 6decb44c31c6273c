import { dateLine } from "./dates.ts";
import type { AccountFields, Block } from "./draft.ts";
import { plainText } from "./markdown-text.ts";
import { firstUrl } from "./urls.ts";

/**
 * Site furniture: the lines a page puts around an article (promos, prompts, disclaimers) that are
 * not the outlet's account. Some of them state something worth keeping (the original's URL, a
 * credit line, the byline, the date): a rule that removes such a line hands that on as a field.
 */
export interface FurnitureRule {
  name: string;
  matches(text: string, place: Place): boolean;
  /** Fields the line states, kept in the front matter when the line goes. */
  take?(text: string): AccountFields;
}

export interface Place {
  /** Position among the body's blocks, 0 for the first. */
  index: number;
  /** The block as markdown (`text` is what it says). */
  markdown: string;
  /** What is already known of the account: a block repeating it is furniture. */
  known: AccountFields;
}

export interface Removal {
  block: Block;
  /** The block's text without its markup, as the rules read it. */
  text: string;
  rule: string;
  /** What the line gave to the front matter. */
  found: AccountFields;
}

export interface Cleaned {
  kept: Block[];
  removed: Removal[];
  /** Fields the removed lines stated; the first line to state one wins. */
  found: AccountFields;
}

/** Removes every block a rule matches, in order; the first matching rule names the removal. */
export function removeFurniture(blocks: readonly Block[], rules: readonly FurnitureRule[], known: AccountFields): Cleaned {
  const cleaned: Cleaned = { kept: [], removed: [], found: {} };
  blocks.forEach((block, index) => {
    const text = plainText(block.text);
    const rule = rules.find((r) => r.matches(text, { index, markdown: block.text, known }));
    if (!rule) {
      cleaned.kept.push(block);
      return;
    }
    const found = rule.take?.(text) ?? {};
    cleaned.removed.push({ block, text, rule: rule.name, found });
    cleaned.found = { ...found, ...cleaned.found };
  });
  return cleaned;
}

/** The rules for one outlet: lines that state metadata first, then the outlet's own patterns, then the generic ones. */
export function furnitureRules(outletPatterns: readonly OutletPattern[]): FurnitureRule[] {
  return [...STATING_RULES, ...outletPatterns.map(outletRule), ...GENERIC_RULES];
}

export interface OutletPattern {
  outlet: string;
  pattern: RegExp;
}

function outletRule({ outlet, pattern }: OutletPattern): FurnitureRule {
  return { name: `${outlet} furniture /${pattern.source}/`, matches: (text) => pattern.test(text) };
}

const MAX_PROMPT = 200;
const short = (text: string, max = MAX_PROMPT) => text.length <= max;
const anyOf = (patterns: RegExp[], max = MAX_PROMPT) => (text: string) => short(text, max) && patterns.some((p) => p.test(text));
const same = (a: string, b: string | undefined) => b !== undefined && a.replace(/\s+/g, " ").toLowerCase() === b.replace(/\s+/g, " ").trim().toLowerCase();

export const syndicationNote: FurnitureRule = {
  name: "syndication note",
  matches: anyOf([/^this (?:article|story|report|piece|content) (?:was |is |has been )?(?:originally |first )?(?:published|appeared|syndicated|republished|reproduced)\b/i], 500),
  take: (text) => {
    const url = firstUrl(text);
    return url ? { url } : {};
  },
};

export const creditLine: FurnitureRule = {
  name: "credit line",
  matches: anyOf([/^.+ contributed (?:additional )?(?:reporting |research )?to this (?:report|story|article)\.?$/i, /^(?:additional )?reporting by [^!?]+$/i], 300),
  take: (text) => ({ credits: text }),
};

const BYLINE = /^[Bb][Yy]\s+(\p{Lu}[^!?]{0,100}[^.!?:,])$/u;

export const bylineLine: FurnitureRule = {
  name: "byline",
  matches: (text, { index }) => index < 3 && BYLINE.test(text),
  take: (text) => ({ byline: BYLINE.exec(text)![1]! }),
};

export const dateLineRule: FurnitureRule = {
  name: "date line",
  matches: (text, { index }) => index < 3 && dateLine(text) !== undefined,
  take: (text) => {
    const line = dateLine(text)!;
    return line.kind === "published" ? { date: line.day } : {};
  },
};

export const repeatedField: FurnitureRule = {
  name: "repeats the headline, subtitle or byline",
  matches: (text, { known }) => same(text, known.title) || same(text, known.subtitle) || same(text, known.byline) || same(text, known.byline && `By ${known.byline}`),
};

/** Lines that state metadata: their rules come first, so the field is kept whatever else matches. */
const STATING_RULES = [syndicationNote, creditLine, bylineLine, dateLineRule];

export const promoHeadline: FurnitureRule = {
  name: "promo headline in capitals",
  // A line of three or more words without a lower-case letter, after the first block (a
  // capitals standfirst is not a promo).
  matches: (text, { index }) =>
    index > 0 && !/\p{Ll}/u.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 12 && text.split(/\s+/).filter((w) => /\p{Lu}/u.test(w)).length >= 3,
};

export const readMore: FurnitureRule = {
  name: "read more",
  matches: anyOf([
    /^(?:read|see) (?:more|also)\b/i,
    /^related(?: articles?| stories| coverage| content| news)?(?::.*)?$/i,
    /^(?:continue|keep) reading\b/i,
    /^(?:the )?story continues(?: below)?\b/i,
    /^more (?:from|on|about) [^.!?]{1,60}$/i,
  ]),
};

export const appPrompt: FurnitureRule = {
  name: "app prompt",
  matches: anyOf([/^(?:click|tap) here to (?:get|download)\b.*\bapps?\b/i, /^(?:download|get|install) (?:the|our) .{0,40}\bapps?\b/i]),
};

export const commentsPrompt: FurnitureRule = {
  name: "comments prompt",
  matches: anyOf([/^(?:add|leave|post|write|view|show|load|read)(?: all)? (?:a |the )?comments?\b.{0,30}$/i, /^(?:\d+ )?comments?(?: \(\d+\))?$/i, /^(?:join|start) the (?:conversation|discussion)\b/i]),
};

export const disclaimer: FurnitureRule = {
  name: "disclaimer",
  matches: anyOf(
    [
      /^(?:general )?(?:content )?disclaimer:?$/i,
      /^disclaimer:/i,
      /^(?:the )?(?:content|views|opinions)(?: and opinions)?(?: expressed)? (?:on|in) this (?:website|site|article|column|page)\b/i,
    ],
    1500,
  ),
};

export const newsletterPrompt: FurnitureRule = {
  name: "newsletter prompt",
  matches: anyOf([/^(?:sign up|subscribe|get|want|register)\b.{0,150}\b(?:newsletters?|inbox)\b/i, /^(?:\S+ ){0,3}newsletters?:?$/i]),
};

export const socialPrompt: FurnitureRule = {
  name: "social media prompt",
  matches: anyOf([
    /^(?:follow|join|like|find|subscribe to|connect with) .{1,40} on (?:twitter|x|facebook|instagram|telegram|youtube|tiktok|threads|bluesky|linkedin|whatsapp|rumble|vk|odysee|truth social|gab)\b/i,
    /^share (?:this|on)\b.{0,80}$/i,
    /^(?:share|tweet|email|print)(?: this)?(?: article| story| page)?$/i,
  ]),
};

export const imageOnly: FurnitureRule = {
  name: "image",
  matches: (text, { markdown }) => text === "" && markdown.includes("!["),
};

const GENERIC_RULES = [repeatedField, promoHeadline, readMore, appPrompt, commentsPrompt, disclaimer, newsletterPrompt, socialPrompt, imageOnly];
