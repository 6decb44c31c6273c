import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { displayPath } from "../content/load.ts";
import { problem, type Problem } from "../content/problems.ts";
import { correctionSchema } from "../content/schema.ts";
import { parseSourceFile } from "../content/source-file.ts";
import { differsBeyondWhitespace } from "./text-hash.ts";

/**
 * Git as the cross-check of the corrections record: an account that existed at `ref` and whose
 * text changed since (in the working tree) must say so with a new corrections entry, or a new
 * entry marked `minor: true`. Two git processes whatever the number of files: one diff, one
 * batched read of the old versions.
 */
export function unannouncedEdits(contentDir: string, ref: string): Problem[] {
  const repo = gitRoot(contentDir);
  if (typeof repo !== "string") return [repo];
  const commit = resolveRef(repo, ref, contentDir);
  if (typeof commit !== "string") return [commit];

  const briefings = path.relative(repo, path.resolve(contentDir, "briefings")) || ".";
  const changed = git(repo, ["diff", "--name-only", "-z", "--no-renames", "--diff-filter=M", commit, "--", briefings])
    .split("\0")
    .filter((file) => file.endsWith(".md") && path.basename(file) !== "index.md");
  if (changed.length === 0) return [];

  const before = readBlobs(repo, commit, changed);
  return changed.flatMap((file) => {
    const old = before.get(file);
    const absolute = path.join(repo, file);
    const current = safeRead(absolute);
    if (!old || !current) return [];
    const then = parseSourceFile(displayPath(absolute), old);
    const now = parseSourceFile(displayPath(absolute), current);
    if (!then.ok || !now.ok) return []; // the ordinary check reports a broken current file
    if (!differsBeyondWhitespace(then.source.body, now.source.body)) return [];
    if (newEntries(then.source.data.corrections, now.source.data.corrections) > 0) return [];
    return [
      problem({
        file: now.source.file,
        line: now.source.bodyLine + firstChangedLine(then.source.body, now.source.body),
        field: "body",
        message: `the published text changed since ${ref} without a new corrections entry`,
        hint: "add to the front matter: corrections: [{ date: YYYY-MM-DD, kind: correction, note: what changed }], or an entry with minor: true for a change readers need not be told about",
      }),
    ];
  });
}

/** Index (in `after`) of the first non-blank line whose words differ from the old text's. */
function firstChangedLine(before: string, after: string): number {
  const words = (text: string) => text.split("\n").map((line, index) => ({ index, text: line.replace(/\s+/g, " ").trim() })).filter((l) => l.text);
  const old = words(before);
  const current = words(after);
  const changed = current.find((line, i) => line.text !== old[i]?.text);
  return (changed ?? current[current.length - 1])?.index ?? 0;
}

/** How many valid entries the new corrections list has that the old one did not. */
function newEntries(before: unknown, after: unknown): number {
  const entries = (list: unknown) => (Array.isArray(list) ? list.filter((e) => correctionSchema.safeParse(e).success).map((e) => JSON.stringify(e)) : []);
  const old = new Set(entries(before));
  return entries(after).filter((e) => !old.has(e)).length;
}

function gitRoot(dir: string): string | Problem {
  try {
    return git(path.resolve(dir), ["rev-parse", "--show-toplevel"]).trim();
  } catch {
    return gitProblem(dir, "is not inside a git repository", "--since compares with git history; run it in a clone of the content repository");
  }
}

function resolveRef(repo: string, ref: string, contentDir: string): string | Problem {
  try {
    return git(repo, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).trim();
  } catch {
    const shallow = git(repo, ["rev-parse", "--is-shallow-repository"]).trim() === "true";
    return shallow
      ? gitProblem(contentDir, `"${ref}" is not in this shallow clone's history`, "fetch the full history (git fetch --unshallow; in GitHub Actions, actions/checkout with fetch-depth: 0)")
      : gitProblem(contentDir, `"${ref}" is not a commit in this repository`, "give a branch, tag or commit, e.g. --since origin/main");
  }
}

function gitProblem(file: string, message: string, hint: string): Problem {
  return problem({ file: displayPath(path.resolve(file)), line: 1, field: "--since", message, hint });
}

/** The files' contents at `commit`, through one `git cat-file --batch`. */
function readBlobs(repo: string, commit: string, files: string[]): Map<string, Uint8Array> {
  const output = execFileSync("git", ["cat-file", "--batch"], { cwd: repo, input: files.map((f) => `${commit}:${f}\n`).join(""), maxBuffer: 1 << 30 });
  const blobs = new Map<string, Uint8Array>();
  let offset = 0;
  for (const file of files) {
    const headerEnd = output.indexOf(0x0a, offset);
    const header = output.subarray(offset, headerEnd).toString("utf8");
    offset = headerEnd + 1;
    const size = /^\S+ blob (\d+)$/.exec(header)?.[1];
    if (size === undefined) continue; // "missing": the file did not exist at commit
    blobs.set(file, output.subarray(offset, offset + Number(size)));
    offset += Number(size) + 1;
  }
  return blobs;
}

function git(cwd: string, args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 1 << 28 });
}

function safeRead(file: string): Uint8Array | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined; // deleted in the working tree
  }
}
