import { readFileSync } from "node:fs";
import path from "node:path";
import { displayPath } from "../content/load.ts";
import { problem, type Problem } from "../content/problems.ts";
import { ACCOUNT_FIELDS, accountSchema, compileFurniturePattern } from "../content/schema.ts";
import type { Outlet } from "../model/types.ts";
import { composeAccountFile, prepareAccount } from "./account.ts";
import { accountName, outletAccounts, type Occupant } from "./destination.ts";
import type { AccountFields } from "./draft.ts";
import { sourceProblems } from "./front-matter.ts";
import { furnitureRules, type OutletPattern, type Removal } from "./furniture.ts";
import { readInput } from "./read-input.ts";
import { writeAtomically } from "./write-file.ts";

export interface ImportOptions {
  /** Input files, as given. */
  inputs: readonly string[];
  /** The briefing's folder; it exists. */
  briefingDir: string;
  outlet: Outlet;
  stance: string;
  /** Command-line values (`date`, `url`, `lang`), already checked. */
  given: AccountFields;
  /** Replace an account that holds the same article. */
  force: boolean;
  /** Keep every line: no furniture rule runs. */
  keepAll: boolean;
}

export interface ImportedAccount {
  input: string;
  removed: Removal[];
  /** The account file it goes to, as reports show it; absent when the input made no account. */
  file?: string;
  /** Absent when the account may not be written there. */
  status?: "created" | "replaced" | "unchanged";
}

export interface ImportResult {
  ok: boolean;
  accounts: ImportedAccount[];
  problems: Problem[];
}

interface Planned extends Occupant {
  file: string;
  text: string;
  status: NonNullable<ImportedAccount["status"]>;
}

/**
 * Imports each input as an account of the outlet in the briefing. Every account is made and
 * checked with the build's rules before any is written, so a failed import writes nothing; each
 * file is written whole or not at all, and an account already holding the same article is
 * replaced only with `force` (and left alone when nothing would change).
 */
export function importAccounts(options: ImportOptions): ImportResult {
  const rules = options.keepAll ? [] : furnitureRules(outletPatterns(options.outlet));
  const replaced = new Set(["outlet", "stance", ...Object.keys(options.given)]);
  const occupants: Occupant[] = outletAccounts(options.briefingDir, options.outlet.key);
  const accounts: ImportedAccount[] = [];
  const planned: Planned[] = [];
  const problems: Problem[] = [];

  for (const input of options.inputs) {
    const shown = displayPath(path.resolve(input));
    const read = readInput(shown, readFileSync(input), replaced);
    const prepared = read.ok ? prepareAccount(shown, read.draft, { outlet: options.outlet.key, stance: options.stance, given: options.given, rules }) : read;
    const account: ImportedAccount = { input: shown, removed: "removed" in prepared ? prepared.removed : [] };
    accounts.push(account);
    if (!prepared.ok) {
      problems.push(...prepared.problems);
      continue;
    }
    const { fields } = prepared.account;
    const { name, occupant } = accountName(options.outlet.key, occupants, fields);
    const file = path.join(options.briefingDir, `${name}.md`);
    const text = composeAccountFile(prepared.account);
    account.file = displayPath(path.resolve(file));
    const refusal = occupant && refuse(occupant, text, account.file, options.force, planned);
    if (refusal) {
      problems.push(refusal);
      continue;
    }
    problems.push(...sourceProblems(account.file, text, accountSchema, ACCOUNT_FIELDS));
    account.status = !occupant ? "created" : occupant.text === text ? "unchanged" : "replaced";
    const entry: Planned = { name, file, text, status: account.status, url: fields.url, title: fields.title };
    planned.push(entry);
    occupants.push(entry);
  }

  if (problems.length) return { ok: false, accounts, problems };
  for (const account of planned) if (account.status !== "unchanged") writeAtomically(account.file, account.text, { replace: account.status === "replaced" });
  return { ok: true, accounts, problems };
}

/** Why an account may not go where the same article already is: it is this import's own, or there without `--force`. */
function refuse(occupant: Occupant, text: string, file: string, force: boolean, planned: readonly Occupant[]): Problem | undefined {
  if (planned.includes(occupant))
    return problem({ file, line: 1, field: "file", message: "would receive the same article twice in one import", hint: "import each article once" });
  if (force || occupant.text === text) return undefined;
  return problem({ file, line: 1, field: "file", message: "already holds this article (same url, or same headline), and differs from the import", hint: "pass --force to replace it; git keeps the old version" });
}

/** The outlet's furniture patterns from the registry (validated with it), each a regular expression. */
function outletPatterns(outlet: Outlet): OutletPattern[] {
  return outlet.furniture.map((source) => ({ outlet: outlet.key, pattern: compileFurniturePattern(source) }));
}
