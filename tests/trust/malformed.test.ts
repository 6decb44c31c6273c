import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { loadContent } from "../../src/content/load.ts";
import { formatProblems } from "../../src/content/problems.ts";
import { readPage, runCli } from "../helpers/build.ts";
import { accountSource, SAMPLE_SLUG, tempContent } from "../helpers/content.ts";
import { MALFORMED, PATHOLOGICAL_MARKDOWN } from "../fixtures/malformed/catalogue.ts";

/** Each run is a child process with little memory and a deadline: a hang or a blow-up fails the test instead of stalling it. */
const LIMITS = { timeout: 60_000, env: { NODE_OPTIONS: "--max-old-space-size=256" } };
const STACK_TRACE = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;

describe("malformed sources get a clear answer and cost nothing", () => {
  it("the catalogue holds at least 30 malformed sources", () => assert.ok(MALFORMED.length >= 30, `${MALFORMED.length} sources`));

  for (const source of MALFORMED) {
    it(source.name, { timeout: 120_000 }, () => {
      const content = tempContent();
      try {
        for (const [file, text] of Object.entries(source.files)) content.write(file, text);
        const { expect } = source;
        const file = path.join(content.content, expect.file);
        const command = source.build ? ["build", "--content", content.content, "--out", content.out] : ["check", "--content", content.content];

        const run = runCli(command, LIMITS);
        assert.equal(run.status, 1, `${command[0]} exits with 1 (null: killed at the deadline)\n${run.stderr}`);
        const place = `${file}:${expect.line}:${expect.col ?? "<col>"} ${expect.field}: `;
        const line = run.stderr.split("\n").find((l) => l.replace(/^(.*?:\d+:)\d+/, expect.col ? "$&" : "$1<col>").startsWith(place));
        assert.ok(line, `a line names ${place}\n${run.stderr}`);
        assert.match(line, expect.message);
        assert.doesNotMatch(run.stderr, STACK_TRACE, "no stack trace");
        if (source.build) {
          assert.match(run.stderr, /Nothing was written\.$/m);
          assert.equal(existsSync(content.out), false, "no output folder appears");
        }

        const { site, problems } = loadContent(content.content);
        assert.equal(site, undefined);
        const found = problems.find((p) => p.file === file && p.line === expect.line && (expect.col ?? p.col) === p.col && p.field === expect.field);
        assert.ok(found && expect.message.test(found.message), formatProblems(problems));
      } finally {
        content.dispose();
      }
    });
  }
});

describe("pathological markdown within the limits renders in full", () => {
  it("builds every pathological body quickly and shows all of its text", { timeout: 180_000 }, () => {
    const content = tempContent();
    try {
      PATHOLOGICAL_MARKDOWN.forEach(({ body }, i) => content.write(`briefings/${SAMPLE_SLUG}/stress-${i}.md`, accountSource({}, `${body}\n`)));
      const run = runCli(["build", "--content", content.content, "--out", content.out], { ...LIMITS, timeout: 150_000 });
      assert.equal(run.status, 0, run.stderr);
      const page = readPage(content.out, `briefings/${SAMPLE_SLUG}/index.html`);
      PATHOLOGICAL_MARKDOWN.forEach(({ name, shows }, i) => {
        const text = page.querySelector(`#account-stress-${i} .account-text`)?.textContent ?? "";
        assert.ok(text.includes(shows), `${name}: the column shows ${JSON.stringify(shows.slice(0, 20))}…`);
      });
    } finally {
      content.dispose();
    }
  });
});
