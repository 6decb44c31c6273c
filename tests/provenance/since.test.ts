import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { formatProblem } from "../../src/content/problems.ts";
import { unannouncedEdits } from "../../src/provenance/since.ts";
import { SAMPLE_SLUG, tempContent } from "../helpers/content.ts";

describe("check --since: edits to published text need a corrections entry", () => {
  const repo = tempContent();
  const account = path.join(repo.content, "briefings", SAMPLE_SLUG, "rt.md");
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo.dir, encoding: "utf8" });
  let published: string;

  before(() => {
    git("init", "-q");
    git("-c", "user.name=Test", "-c", "user.email=test@example.org", "add", ".");
    git("-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-qm", "publish");
    published = readFileSync(account, "utf8");
  });
  after(() => repo.dispose());
  const edit = (text: string) => writeFileSync(account, text);

  it("passes when nothing changed", () => {
    assert.deepEqual(unannouncedEdits(repo.content, "HEAD"), []);
  });

  it("fails on an unannounced change to the text, naming file, line and field", () => {
    const edited = published.replace("Austin has claimed", "Austin has said");
    edit(edited);
    const line = edited.split("\n").findIndex((l) => l.includes("Austin has said")) + 1;
    const problems = unannouncedEdits(repo.content, "HEAD");
    assert.equal(problems.length, 1);
    assert.match(formatProblem(problems[0]!), new RegExp(`rt\\.md:${line}:1 body: the published text changed since HEAD without a new corrections entry`));
  });

  it("passes when the same change comes with a corrections entry", () => {
    edit(
      published
        .replace("Austin has claimed", "Austin has said")
        .replace("lang: en\n", "lang: en\ncorrections:\n  - date: 2024-10-25\n    kind: correction\n    note: Quoted the verb as published.\n"),
    );
    assert.deepEqual(unannouncedEdits(repo.content, "HEAD"), []);
  });

  it("passes when the entry is marked minor", () => {
    edit(published.replace("Austin has claimed", "Austin  has claimed").replace("service members", "service-members").replace("lang: en\n", "lang: en\ncorrections:\n  - date: 2024-10-25\n    minor: true\n"));
    assert.deepEqual(unannouncedEdits(repo.content, "HEAD"), []);
  });

  it("treats white-space-only edits as no change", () => {
    edit(published.replace("Austin has claimed, adding", "Austin has claimed,\nadding").replace(/\n\n/g, "\n\n\n") + "\n\n");
    assert.deepEqual(unannouncedEdits(repo.content, "HEAD"), []);
  });

  it("ignores accounts added since the ref", () => {
    edit(published);
    writeFileSync(path.join(repo.content, "briefings", SAMPLE_SLUG, "new.md"), published.replace("outlet: rt", "outlet: rt"));
    assert.deepEqual(unannouncedEdits(repo.content, "HEAD"), []);
  });

  it("explains an unknown ref and a shallow clone", () => {
    assert.match(formatProblem(unannouncedEdits(repo.content, "no-such-ref")[0]!), /--since: "no-such-ref" is not a commit in this repository/);
    git("-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "--allow-empty", "-qm", "second");
    const shallow = path.join(repo.dir, "shallow");
    git("clone", "-q", "--depth", "1", `file://${repo.dir}`, shallow);
    assert.match(formatProblem(unannouncedEdits(path.join(shallow, "content"), "HEAD~1")[0]!), /"HEAD~1" is not in this shallow clone's history\n {4}hint: fetch the full history/);
  });
});
