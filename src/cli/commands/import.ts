import { statSync } from "node:fs";
import path from "node:path";
import { BRIEFINGS_DIR, loadRegistries, OUTLETS_FILE } from "../../content/load.ts";
import { formatProblems } from "../../content/problems.ts";
import { closest } from "../../content/validate.ts";
import { parseSourceDate } from "../../model/dates.ts";
import { DATE_FLAG } from "../../import/dates.ts";
import type { AccountFields } from "../../import/draft.ts";
import type { Removal } from "../../import/furniture.ts";
import type { ImportedAccount } from "../../import/import-accounts.ts";
import { languageTag } from "../../import/page-metadata.ts";
import { cleanUrl } from "../../import/urls.ts";
import { defineCommand, UsageError, type Io } from "../command.ts";
import { contentFolder, contentOption } from "../options.ts";

export default defineCommand({
  name: "import",
  summary: "Turn saved articles into account files",
  usage: "<file>… --briefing <slug> --outlet <key> --stance <key> [options]",
  description: [
    "Writes one account per input to content/briefings/<slug>/<outlet>.md (a second article from",
    "the same outlet becomes <outlet>-2.md). An input is plain text as copied from a page (first",
    "line the headline, a short line after it without final punctuation the subtitle, then one",
    "paragraph per line), a saved HTML page (.html) or a markdown file with front matter (.md).",
    "",
    "Site furniture (promo headlines, \"Read more\", app, comment, newsletter and social prompts,",
    "disclaimers, the outlet's own patterns from outlets.yaml) is removed and each removed line is",
    "listed on stderr; a syndication note gives the url, a credit line the credits.",
    "Command-line values win over what the input says. Nothing is written unless every input",
    "imports cleanly; an account already holding the same article is replaced only with --force.",
  ].join("\n"),
  positionals: true,
  options: {
    briefing: { type: "string", value: "slug", description: "The briefing's folder under briefings/ (required; start one with parallax new)" },
    outlet: { type: "string", value: "key", description: "The outlet's key in the outlet registry (required)" },
    stance: { type: "string", value: "key", description: "The account's stance toward the briefing's claim (required)" },
    date: { type: "string", value: "YYYY-MM-DD|ISO", description: "Publication date (wins over the one the input gives; required when it gives none)" },
    url: { type: "string", value: "URL", description: "The original's address (one input only)" },
    lang: { type: "string", value: "xx", description: "The article's language, a BCP 47 tag (default: the page's, else en)" },
    force: { type: "boolean", description: "Replace an existing account of the same article" },
    "keep-all": { type: "boolean", description: "Keep every line: remove no furniture" },
    content: contentOption,
  },
  async run({ values, positionals }, io) {
    if (positionals.length === 0) throw new UsageError("name at least one file to import");
    for (const input of positionals) if (!statSync(input, { throwIfNoEntry: false })?.isFile()) throw new UsageError(`cannot read "${input}": no such file`);
    const contentDir = contentFolder(values.content);
    const briefing = required(values.briefing, "briefing");
    const briefingDir = path.join(contentDir, BRIEFINGS_DIR, briefing);
    if (!statSync(briefingDir, { throwIfNoEntry: false })?.isDirectory())
      throw new UsageError(`there is no briefing "${briefing}" in ${path.join(contentDir, BRIEFINGS_DIR)} (start it with: parallax new ${briefing} --title "…" --claim "…")`);

    const registries = loadRegistries(contentDir);
    if (registries.problems.length) {
      io.err(`${formatProblems(registries.problems)}\nNothing was written.\n`);
      return 1;
    }
    const outlet = registries.outlets.find((o) => o.key === required(values.outlet, "outlet"));
    if (!outlet) throw unknownKey("outlet", values.outlet!, registries.outlets.map((o) => o.key), `add it to ${path.join(contentDir, OUTLETS_FILE)}`);
    const stance = required(values.stance, "stance");
    if (!registries.stances.some((s) => s.key === stance)) throw unknownKey("stance", stance, registries.stances.map((s) => s.key));
    if (values.url && positionals.length > 1) throw new UsageError("--url names one article: import its file on its own");

    // Loaded here, not at startup: the HTML reader (Readability, linkedom) is heavy, and only import needs it.
    const { importAccounts } = await import("../../import/import-accounts.ts");
    const result = importAccounts({
      inputs: positionals,
      briefingDir,
      outlet,
      stance,
      given: givenFields(values),
      force: values.force ?? false,
      keepAll: values["keep-all"] ?? false,
    });
    for (const account of result.accounts) reportRemovals(account, io);
    if (!result.ok) {
      io.err(`${formatProblems(result.problems)}\nNothing was written.\n`);
      return 1;
    }
    for (const account of result.accounts) io.out(`${STATUS[account.status!]} ${account.file}\n`);
    return 0;
  },
});

const STATUS = { created: "Wrote", replaced: "Replaced", unchanged: "Unchanged" } as const;

function required(value: string | undefined, flag: string): string {
  if (!value) throw new UsageError(`--${flag} is required`);
  return value;
}

function unknownKey(flag: string, value: string, known: string[], otherwise?: string): UsageError {
  const suggestion = closest(value, known);
  const hint = suggestion ? `; did you mean "${suggestion}"?` : otherwise ? `; ${otherwise}` : "";
  return new UsageError(`--${flag} "${value}" is not in the ${flag} registry (expected one of ${known.join(", ")})${hint}`);
}

/** The command-line fields, checked here so that a typo is a usage error naming its flag. */
function givenFields(values: { date?: string; url?: string; lang?: string }): AccountFields {
  const given: AccountFields = {};
  if (values.date !== undefined) {
    const parsed = parseSourceDate(values.date);
    if (!parsed.ok) throw new UsageError(`--date ${parsed.message} (expected ${DATE_FLAG.replace(/^--date /, "")})`);
    given.date = values.date;
  }
  if (values.url !== undefined) {
    const url = cleanUrl(values.url);
    if (!url) throw new UsageError(`--url "${values.url}" is not an http(s) URL`);
    given.url = url;
  }
  if (values.lang !== undefined) {
    const lang = languageTag(values.lang);
    if (!lang) throw new UsageError(`--lang "${values.lang}" is not a BCP 47 language tag such as en, de or pt-BR`);
    given.lang = lang;
  }
  return given;
}

/** Every removed line on stderr, so the editor sees what was dropped (and what it gave the front matter). */
function reportRemovals({ input, removed }: ImportedAccount, io: Io): void {
  if (!removed.length) return;
  const lines = removed.map((r) => `  ${r.block.line ? `line ${r.block.line}: ` : ""}${describe(r)}`);
  io.err(`${input}: removed ${removed.length} line${removed.length === 1 ? "" : "s"} of site furniture (--keep-all keeps them):\n${lines.join("\n")}\n`);
}

function describe(removal: Removal): string {
  const text = removal.text || removal.block.text;
  const kept = Object.entries(removal.found).map(([field, value]) => (value === text ? field : `${field} ${value}`));
  return `[${removal.rule}${kept.length ? ` → ${kept.join(", ")}` : ""}] ${text}`;
}
