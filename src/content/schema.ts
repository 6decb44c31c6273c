import { z } from "zod";
import { parseSourceDate } from "../model/dates.ts";

/**
 * The one source of truth for what editors may write. Types are inferred from these schemas;
 * registry membership (outlet and stance keys) is checked after, against the loaded registries.
 */

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const describe = (input: unknown): string =>
  input === null ? "an empty value" : Array.isArray(input) ? "a list" : typeof input === "object" ? "a nested set of fields" : `the ${typeof input} ${JSON.stringify(input)}`;

export const text = z
  .string({ error: (issue) => (issue.input === undefined ? "is required" : `must be text, not ${describe(issue.input)}`) })
  .trim()
  .min(1, "must not be empty");

const key = text.regex(KEY, "must be a key: lower-case letters, digits and single hyphens");

export const httpUrl = text.refine(
  (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
    } catch {
      return false;
    }
  },
  { error: (issue) => `"${String(issue.input)}" is not an http(s) URL` },
);

const sourceDate = text.superRefine((value, ctx) => {
  const parsed = parseSourceDate(value);
  if (!parsed.ok) ctx.addIssue({ code: "custom", message: `${parsed.message} (expected ${parsed.expected})` });
});

export const languageTag = text.refine(
  (value) => {
    try {
      return Intl.getCanonicalLocales(value).length === 1;
    } catch {
      return false;
    }
  },
  { error: (issue) => `"${String(issue.input)}" is not a BCP 47 language tag such as en, de or pt-BR` },
);

export const CORRECTION_KINDS = ["correction", "update", "clarification"] as const;

/**
 * One entry of a source's change record (GOV.UK's change_history is the model). A `minor` entry
 * acknowledges an edit that readers need not be told about (a typo): it needs no kind or note
 * and does not mark the page as updated.
 */
export const correctionSchema = z
  .strictObject(
    {
      date: sourceDate,
      kind: z.enum(CORRECTION_KINDS, { error: (issue) => `must be one of ${CORRECTION_KINDS.join(", ")}, not ${describe(issue.input)}` }).optional(),
      note: text.optional(),
      minor: z.boolean({ error: (issue) => `must be true or false, not ${describe(issue.input)}` }).default(false),
    },
    { error: unknownField },
  )
  .superRefine((entry, ctx) => {
    if (entry.minor) return;
    if (!entry.kind) ctx.addIssue({ code: "custom", path: ["kind"], message: `is required (one of ${CORRECTION_KINDS.join(", ")}) unless the entry is minor: true` });
    if (!entry.note) ctx.addIssue({ code: "custom", path: ["note"], message: "is required: say what changed, for readers" });
  });

const corrections = z.array(correctionSchema, { error: (issue) => `must be a list of entries with date, kind and note, not ${describe(issue.input)}` }).default([]);

export const accountSchema = z.strictObject(
  {
    outlet: key,
    title: text,
    date: sourceDate,
    stance: key,
    subtitle: text.optional(),
    byline: text.optional(),
    credits: text.optional(),
    url: httpUrl.optional(),
    retrieved: sourceDate.optional(),
    archive: httpUrl.optional(),
    lang: languageTag.default("en"),
    corrections,
  },
  { error: unknownField },
);

export const briefingSchema = z.strictObject(
  {
    title: text,
    claim: text,
    summary: text.optional(),
    tags: z.array(text, { error: (issue) => `must be a list of tags, not ${describe(issue.input)}` }).default([]),
    corrections,
  },
  { error: unknownField },
);

/** An outlet's furniture pattern from the registry: a regular expression, case-insensitive, tested against each line's text by the importer. */
export function compileFurniturePattern(source: string): RegExp {
  return new RegExp(source, "iu");
}

const furniturePattern = text.superRefine((value, ctx) => {
  try {
    compileFurniturePattern(value);
  } catch (error) {
    ctx.addIssue({ code: "custom", message: `is not a valid regular expression: ${(error as Error).message} (a furniture pattern is matched against each line, e.g. "^Read more$")` });
  }
});

export const outletSchema = z.strictObject(
  {
    name: text,
    homepage: httpUrl,
    country: text,
    ownership: text,
    notes: text.optional(),
    furniture: z.array(furniturePattern).default([]),
  },
  { error: unknownField },
);

export const outletRegistrySchema = z.record(key, outletSchema);

export const stanceSchema = z.strictObject(
  { key, label: text, meaning: text, symbol: text },
  { error: unknownField },
);

export const stanceVocabularySchema = z.array(stanceSchema).min(1, "must list at least one stance");

export type AccountFrontMatter = z.infer<typeof accountSchema>;
export type BriefingFrontMatter = z.infer<typeof briefingSchema>;
export type OutletEntry = z.infer<typeof outletSchema>;
export type StanceEntry = z.infer<typeof stanceSchema>;
export type CorrectionEntry = z.infer<typeof correctionSchema>;

export const ACCOUNT_FIELDS = Object.keys(accountSchema.shape) as (keyof AccountFrontMatter)[];
export const BRIEFING_FIELDS = Object.keys(briefingSchema.shape) as (keyof BriefingFrontMatter)[];

export function unknownField(issue: { code?: string; keys?: string[] }): string | undefined {
  if (issue.code !== "unrecognized_keys") return undefined;
  return "is not a known field";
}
