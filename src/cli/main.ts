#!/usr/bin/env node
import path from "node:path";
import { parseArgs } from "node:util";
import { loadContent } from "../content/load.ts";
import { formatProblems } from "../content/problems.ts";
import { build } from "./build.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

const USAGE = `Usage: parallax <command> [options]

Commands:
  build     Validate content/ and build the site into _site/
  check     Validate content/ without building

Options:
  --content <dir>  Content folder (default: content)
  --out <dir>      Output folder for build (default: _site)
  -h, --help       Show help`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  let values: { content?: string; out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args: rest, options: { content: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h" } } }));
  } catch (error) {
    process.stderr.write(`parallax: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (!command || command === "--help" || command === "-h" || values.help) {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  const contentDir = values.content ?? "content";
  if (command === "build") {
    const result = await build({ root: ROOT, contentDir, outputDir: values.out ?? "_site" });
    (result.ok ? process.stdout : process.stderr).write(`${result.report}\n`);
    return result.ok ? 0 : 1;
  }
  if (command === "check") {
    const { site, problems } = loadContent(contentDir);
    if (problems.length) process.stderr.write(`${formatProblems(problems)}\n`);
    if (!site) return 1;
    const accounts = site.briefings.reduce((n, b) => n + b.accounts.length, 0);
    process.stdout.write(`OK: ${site.briefings.length} briefings, ${accounts} accounts\n`);
    return 0;
  }
  process.stderr.write(`parallax: unknown command "${command}"\n${USAGE}\n`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
