import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { BRIEFINGS_DIR, displayPath } from "../content/load.ts";
import { problem, type Problem } from "../content/problems.ts";
import { BRIEFING_FIELDS, briefingSchema } from "../content/schema.ts";
import { composeSource, sourceProblems } from "./front-matter.ts";
import { writeAtomically } from "./write-file.ts";

export interface NewBriefing {
  title: string;
  claim: string;
  summary?: string;
  tags?: string[];
}

export type Created = { ok: true; file: string } | { ok: false; problems: Problem[] };

/** Starts a briefing: `briefings/<slug>/index.md` with its front matter. An existing briefing is left alone. */
export function createBriefing(contentDir: string, slug: string, briefing: NewBriefing): Created {
  const file = path.join(contentDir, BRIEFINGS_DIR, slug, "index.md");
  const shown = displayPath(path.resolve(file));
  if (existsSync(file)) return { ok: false, problems: [problem({ file: shown, line: 1, field: "file", message: "already exists: the briefing is there", hint: "edit that file, or choose another slug" })] };
  const text = composeSource({ ...briefing, tags: briefing.tags?.length ? briefing.tags : undefined }, BRIEFING_FIELDS, "");
  const problems = sourceProblems(shown, text, briefingSchema, BRIEFING_FIELDS);
  if (problems.length) return { ok: false, problems };
  mkdirSync(path.dirname(file), { recursive: true });
  writeAtomically(file, text, { replace: false });
  return { ok: true, file: shown };
}
