import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { after, describe, it } from "node:test";
import { runCli } from "../helpers/build.ts";
import { tempContent } from "../helpers/content.ts";

describe("files in content/ that Eleventy would run or render", () => {
  const content = tempContent();
  after(() => content.dispose());
  const ran = path.join(content.dir, "ran");
  // Each would leave a file named after itself in `ran/` if Eleventy executed it.
  const leaveMark = (name: string) => `require("node:fs").mkdirSync(${JSON.stringify(ran)}, { recursive: true }); require("node:fs").writeFileSync(${JSON.stringify(path.join(ran, name))}, "");`;

  it("are neither run nor rendered: the build reads content as data only", () => {
    content.write("_data/global.cjs", `${leaveMark("global-data")} module.exports = { injected: true };`);
    content.write("_data/global.json", `{ "injected": true }`);
    content.write("content.11tydata.cjs", `${leaveMark("folder-data")} module.exports = {};`);
    content.write("stray.njk", `---js\n{ permalink: () => { ${leaveMark("front-matter")} return "stray/index.html"; } }\n---\nStray {{ 6 * 7 }}`);
    content.write("plain.njk", "Plain {{ 6 * 7 }}");

    const result = runCli(["build", "--no-search", "--content", content.content, "--out", content.out]);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(existsSync(ran), false, existsSync(ran) ? `ran: ${readdirSync(ran).join(", ")}` : "");
    assert.equal(existsSync(path.join(content.out, "stray")), false);
    assert.equal(existsSync(path.join(content.out, "plain")), false);
    assert.ok(existsSync(path.join(content.out, "index.html")));
  });

  it("are named by check, as warnings, so the editor knows they have no effect", () => {
    const result = runCli(["check", "--content", content.content]);
    assert.equal(result.status, 0, result.stderr);
    for (const file of ["_data/global.cjs", "_data/global.json", "content.11tydata.cjs", "stray.njk", "plain.njk"])
      assert.match(`${result.stdout}${result.stderr}`, new RegExp(`${file.replaceAll(".", "\\.")}:1:1 file: is not part of the content: the build ignores it \\[warning\\]`), file);
  });
});
