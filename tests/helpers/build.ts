import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { ROOT } from "./content.ts";

/** Runs the `parallax` CLI as a user would, in a child process; past `timeout` ms it is killed (status null). */
export function runCli(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; timeout?: number } = {}) {
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli/main.ts"), ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, ...options.env },
    encoding: "utf8",
    timeout: options.timeout,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function readPage(out: string, page: string): Document {
  return parseHTML(readFileSync(path.join(out, page), "utf8")).document as unknown as Document;
}
