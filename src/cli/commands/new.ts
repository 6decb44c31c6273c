import { formatProblems } from "../../content/problems.ts";
import { createBriefing } from "../../import/new-briefing.ts";
import { defineCommand, UsageError } from "../command.ts";
import { contentFolder, contentOption } from "../options.ts";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export default defineCommand({
  name: "new",
  summary: "Start a briefing: briefings/<slug>/index.md",
  usage: '<slug> --title "…" --claim "…" [options]',
  description: [
    "Creates the briefing's folder and its index.md. The slug is the folder's name and the page's",
    "URL: lower-case letters, digits and single hyphens. An existing briefing is left alone.",
    "Then add accounts with parallax import.",
  ].join("\n"),
  positionals: true,
  options: {
    title: { type: "string", value: "text", description: "The editors' neutral headline (required)" },
    claim: { type: "string", value: "text", description: "The proposition the accounts are measured against (required)" },
    summary: { type: "string", value: "text", description: "The editors' summary, markdown" },
    tag: { type: "string", value: "tag", multiple: true, description: "A tag; repeat for more" },
    content: contentOption,
  },
  run({ values, positionals }, io) {
    const [slug, extra] = positionals;
    if (!slug) throw new UsageError("name the briefing's slug, e.g. parallax new north-korean-troops-in-russia");
    if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}" (quote a title or claim that has spaces)`);
    if (!SLUG.test(slug)) throw new UsageError(`"${slug}" is not a valid slug (expected lower-case letters, digits and single hyphens)`);
    if (!values.title) throw new UsageError("--title is required");
    if (!values.claim) throw new UsageError("--claim is required");

    const created = createBriefing(contentFolder(values.content), slug, { title: values.title, claim: values.claim, summary: values.summary, tags: values.tag });
    if (!created.ok) {
      io.err(`${formatProblems(created.problems)}\nNothing was written.\n`);
      return 1;
    }
    io.out(`Wrote ${created.file}\nNext: parallax import <file> --briefing ${slug} --outlet <key> --stance <key>\n`);
    return 0;
  },
});
