import type { AccountFrontMatter } from "../content/schema.ts";

/**
 * An account's front-matter fields as far as something (the input, a line, a flag) gives them:
 * text, except structured fields such as `corrections`, kept as the input wrote them.
 */
export type AccountFields = { [K in keyof AccountFrontMatter]?: AccountFrontMatter[K] extends string | undefined ? string : unknown };

/** One block of an article's body (a paragraph, a list, a heading) as markdown. */
export interface Block {
  text: string;
  /** Where it starts in the input, when the input has lines worth pointing at. */
  line?: number;
}

/** What a reader makes of one input, before furniture is removed and flags are applied. */
export interface Draft {
  /** What the input itself says: metadata, front matter, the headline. */
  fields: AccountFields;
  blocks: Block[];
  /** Plain text: the line after the headline is the subtitle when it reads like one. */
  subtitleMayLead: boolean;
}

/** Layers of fields merged in order, later ones winning; an absent value never hides a present one. */
export function mergeFields(...layers: AccountFields[]): AccountFields {
  const merged: AccountFields = {};
  for (const layer of layers)
    for (const [key, value] of Object.entries(layer)) if (value !== undefined) Object.assign(merged, { [key]: value });
  return merged;
}
