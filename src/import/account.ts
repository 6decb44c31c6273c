import { problem, type Problem } from "../content/problems.ts";
import { ACCOUNT_FIELDS } from "../content/schema.ts";
import { mergeFields, type AccountFields, type Draft } from "./draft.ts";
import { DATE_FLAG } from "./dates.ts";
import { composeSource } from "./front-matter.ts";
import { removeFurniture, type FurnitureRule, type Removal } from "./furniture.ts";
import { plainText } from "./markdown-text.ts";
import { readsAsSubtitle } from "./read-text.ts";
import { cleanUrl } from "./urls.ts";

export interface AccountRequest {
  outlet: string;
  stance: string;
  /** What the command line says (`--date`, `--url`, `--lang`): it wins over the input. */
  given: AccountFields;
  /** The furniture rules; none keeps every line. */
  rules: readonly FurnitureRule[];
}

export interface Account {
  fields: AccountFields;
  /** Markdown, one blank line between blocks, ending in a newline. */
  body: string;
}

export type Prepared = { ok: true; account: Account; removed: Removal[] } | { ok: false; problems: Problem[]; removed: Removal[] };

/**
 * Makes an account of a draft: furniture removed, then the fields merged, later ones winning:
 * what removed lines stated, what the input says, the command line. One exception: a syndication
 * note ("originally published … at URL") names the original, so its URL beats the page's own.
 */
export function prepareAccount(input: string, draft: Draft, request: AccountRequest): Prepared {
  const { kept, removed, found } = removeFurniture(draft.blocks, request.rules, draft.fields);
  const lead = kept[0];
  const subtitle = draft.subtitleMayLead && !draft.fields.subtitle && lead && lead === draft.blocks[0] && readsAsSubtitle(plainText(lead.text)) ? plainText(lead.text) : undefined;
  const body = subtitle ? kept.slice(1) : kept;
  const fields = mergeFields({ lang: "en" }, found, draft.fields, { subtitle, url: found.url }, request.given, { outlet: request.outlet, stance: request.stance });
  if (fields.url) fields.url = cleanUrl(fields.url) ?? fields.url;

  const problems: Problem[] = [];
  const missing = (field: string, message: string, extra: { expected?: string; hint?: string }) => problems.push(problem({ file: input, line: 1, field, message, ...extra }));
  if (!fields.title) missing("title", "is missing: the input has no headline", { hint: "in a text file the first line is the headline" });
  if (!fields.date) missing("date", "is not given by the input", { expected: DATE_FLAG, hint: "pass the day the article was published with --date" });
  if (body.length === 0)
    missing("body", "is empty: no article text is left", { hint: removed.length ? "every line was removed as site furniture; --keep-all keeps them" : "the input has no text after the headline" });
  if (problems.length) return { ok: false, problems, removed };
  return { ok: true, account: { fields, body: `${body.map((b) => b.text).join("\n\n")}\n` }, removed };
}

/** The account file's text: front matter in the schema's field order, then the body. */
export function composeAccountFile(account: Account): string {
  return composeSource(account.fields, ACCOUNT_FIELDS, account.body);
}
