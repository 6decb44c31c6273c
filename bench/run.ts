/**
 * `npm run bench`: Parallax against bare Eleventy and Hugo on the same synthetic archive.
 * Usage: npm run bench [-- --sizes 500,2000,10000 --runs 3 --no-watch]
 * Writes docs/performance.md. Timings are wall-clock medians of cold builds run interleaved.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { generateArchive } from "./archive.ts";
import { writePlainPages } from "./plain-pages.ts";
import { measureCompare } from "./compare-archive.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const WORK = path.join(os.tmpdir(), "parallax-bench");
const ELEVENTY = path.join(ROOT, "node_modules/@11ty/eleventy/cmd.cjs");
const TIME = "/usr/bin/time";

const { values } = parseArgs({ options: { sizes: { type: "string", default: "500,2000,10000" }, runs: { type: "string", default: "3" }, "no-watch": { type: "boolean", default: false } } });
const sizes = values.sizes.split(",").map(Number);
const runs = Number(values.runs);
const hugo = spawnSync("hugo", ["version"], { encoding: "utf8" });
const hugoVersion = hugo.status === 0 ? hugo.stdout.trim().split(" ").slice(0, 2).join(" ") : undefined;

interface Sample {
  seconds: number;
  peakMiB?: number;
  /** Seconds per phase, as `parallax build --timings` reports them. */
  phases?: Record<string, number>;
}

interface Row {
  briefings: number;
  accounts: number;
  parallax: Sample;
  search?: Sample;
  /** A CI build after a commit that edits one account, with the page cache of a build before it restored. */
  rebuild: Sample;
  eleventy: Sample;
  hugo?: Sample;
}

/**
 * Runs a command to completion under /usr/bin/time when present, for the peak resident memory.
 * The disk first writes back what earlier runs left in the page cache: otherwise each run pays for
 * the one before it, and the baselines slow down run after run.
 */
function timed(command: string, args: string[], cwd: string): Sample {
  spawnSync("sync");
  const withTime = existsSync(TIME);
  const start = process.hrtime.bigint();
  const result = spawnSync(withTime ? TIME : command, withTime ? ["-f", "PEAK_KB %M", command, ...args] : args, { cwd, encoding: "utf8", maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stderr}`);
  const peak = /PEAK_KB (\d+)/.exec(result.stderr)?.[1];
  const phases = Object.fromEntries([...result.stderr.matchAll(/^timing (.+): ([\d.]+) s$/gm)].map((m) => [m[1]!, Number(m[2])]));
  return { seconds, ...(peak ? { peakMiB: Number(peak) / 1024 } : {}), ...(Object.keys(phases).length ? { phases } : {}) };
}

function median(samples: Sample[]): Sample {
  const sorted = [...samples].sort((a, b) => a.seconds - b.seconds);
  const middle = sorted[Math.floor(sorted.length / 2)]!;
  const peaks = samples.map((s) => s.peakMiB).filter((p): p is number => p !== undefined);
  // The median run's own phases, so they add up to its time.
  return { seconds: middle.seconds, ...(peaks.length ? { peakMiB: Math.max(...peaks) } : {}), ...(middle.phases ? { phases: middle.phases } : {}) };
}

function benchSize(briefings: number): Row {
  const dir = path.join(WORK, String(briefings));
  const content = path.join(dir, "content");
  const stats = generateArchive(content, briefings);
  writePlainPages(content, path.join(dir, "eleventy"), path.join(dir, "hugo"));
  const samples: Record<"parallax" | "search" | "eleventy" | "hugo", Sample[]> = { parallax: [], search: [], eleventy: [], hugo: [] };
  // The largest archives take minutes a build: fewer runs there keep the whole benchmark in bounds.
  const runsHere = Math.max(1, Math.round((runs * 2000) / Math.max(2000, briefings)));
  // Each run writes into folders of its own, removed only after the last run: on this disk, deleting
  // a large tree slows the file writes that follow it for seconds, which would tax the next tool.
  const out = (name: string, run: number) => path.join(dir, "runs", `${name}-${run}`);
  rmSync(path.join(dir, "runs"), { recursive: true, force: true });
  rmSync(path.join(ROOT, ".cache"), { recursive: true, force: true });
  const tools: ((run: number) => void)[] = [
    (run) => {
      samples.parallax.push(timed(process.execPath, [path.join(ROOT, "bin/parallax.js"), "build", "--no-search", "--timings", "--content", content, "--out", out("parallax", run)], ROOT));
      samples.search.push(timed(process.execPath, [path.join(ROOT, "node_modules/pagefind/lib/runner/bin.cjs"), "--site", out("parallax", run), "--output-subdir", "pagefind"], ROOT));
    },
    (run) => {
      samples.eleventy.push(timed(process.execPath, [ELEVENTY, "--config=" + path.join(ROOT, "bench/bare-eleventy/eleventy.config.js"), "--input=" + path.join(dir, "eleventy"), "--output=" + out("eleventy", run), "--quiet"], dir));
    },
    ...(hugoVersion
      ? [
          (run: number) => {
            rmSync(path.join(dir, "hugo", "resources"), { recursive: true, force: true }); // Hugo's own cache, empty for plain pages
            samples.hugo.push(timed("hugo", ["--quiet", "--source", path.join(dir, "hugo"), "--destination", out("hugo", run)], dir));
          },
        ]
      : []),
  ];
  for (let run = 0; run < runsHere; run++) {
    // Interleaved, each cold (a new output folder, no cache), and each run in another order: this
    // shared machine slows down under sustained load, so no tool always goes last.
    for (let i = 0; i < tools.length; i++) tools[(run + i) % tools.length]!(run);
    process.stderr.write(`  ${briefings} briefings, run ${run + 1}/${runsHere}: parallax ${samples.parallax.at(-1)!.seconds.toFixed(2)} s, eleventy ${samples.eleventy.at(-1)!.seconds.toFixed(2)} s${hugoVersion ? `, hugo ${samples.hugo.at(-1)!.seconds.toFixed(2)} s` : ""}\n`);
  }
  const rebuild = benchRebuild(content, path.join(dir, "runs", ".cache", "parallax", "parallax-0"), runsHere, (run) => out("rebuild", run));
  rmSync(path.join(dir, "runs"), { recursive: true, force: true });
  return {
    briefings,
    accounts: stats.accounts,
    parallax: median(samples.parallax),
    rebuild: median(rebuild),
    search: median(samples.search),
    eleventy: median(samples.eleventy),
    ...(hugoVersion ? { hugo: median(samples.hugo) } : {}),
  };
}

/**
 * As CI builds a commit that corrects one account: a fresh output folder, and the page cache a
 * cold build left, restored. Each run edits the account anew, so each has one page to render.
 */
function benchRebuild(content: string, cache: string, runs: number, out: (run: number) => string): Sample[] {
  const account = editedAccount(content);
  const original = readFileSync(account, "utf8");
  const samples: Sample[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      writeFileSync(account, `${original.trimEnd()}\n\nCorrection number ${run + 1} of this account.\n`);
      samples.push(timed(process.execPath, [path.join(ROOT, "bin/parallax.js"), "build", "--no-search", "--timings", "--content", content, "--out", out(run), "--cache", cache], ROOT));
    }
  } finally {
    writeFileSync(account, original);
  }
  return samples;
}

/** The account the rebuild and watch measurements edit. */
function editedAccount(content: string): string {
  const briefing = path.join(content, "briefings", "briefing-00007");
  return path.join(briefing, readdirSync(briefing).find((f) => f.endsWith(".md") && f !== "index.md")!);
}

/** Edits one account while `npm start` (Eleventy in watch mode) runs; time until the page shows it. */
async function benchWatch(briefings: number): Promise<number[]> {
  const dir = path.join(WORK, String(briefings));
  const content = path.join(dir, "content");
  const out = path.join(dir, "_watch");
  rmSync(out, { recursive: true, force: true });
  // Output is drained all along: a full pipe would stall the server.
  const server = spawn(process.execPath, [ELEVENTY, "--serve", "--quiet", "--port=8765", `--input=${content}`, `--output=${out}`], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let seen = "";
  for (const stream of [server.stdout, server.stderr]) stream.on("data", (chunk: Buffer) => (seen = (seen + chunk.toString()).slice(-4096)));
  const started = Date.now();
  while (!/Server at/.test(seen)) {
    if (Date.now() - started > 300_000) throw new Error("watch mode: the preview server did not start within 300 s");
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => setTimeout(r, 3000)); // the file watcher finishes its first scan after the server is up
  const account = editedAccount(content);
  const page = path.join(out, "briefings", path.basename(path.dirname(account)), "index.html");
  const original = readFileSync(account, "utf8");
  const times: number[] = [];
  try {
    for (let edit = 1; edit <= 5; edit++) {
      const marker = `Watch edit number ${edit} reached the page.`;
      const start = process.hrtime.bigint();
      writeFileSync(account, `${original.trimEnd()}\n\n${marker}\n`);
      const deadline = Date.now() + 60_000;
      while (!(existsSync(page) && readFileSync(page, "utf8").includes(marker))) {
        if (Date.now() > deadline) throw new Error(`watch mode: edit ${edit} did not reach ${page} within 60 s`);
        await new Promise((r) => setTimeout(r, 5));
      }
      times.push(Number(process.hrtime.bigint() - start) / 1e9);
      await new Promise((r) => setTimeout(r, 1500)); // let the watcher settle before the next edit
    }
  } finally {
    writeFileSync(account, original);
    server.kill();
  }
  return times;
}

const seconds = (value?: number) => (value === undefined ? "–" : `${value.toFixed(2)} s`);
const fmt = (s?: Sample) => seconds(s?.seconds);
/**
 * The median build's phases (parallax build --timings). On workers the site pages are laid out while the
 * briefing pages render, so the rest is what the build took beyond startup, validation, Eleventy's whole
 * run and the link check: the swap and the exit.
 */
function phaseRow(r: Row): string {
  const p = r.parallax.phases ?? {};
  const names = ["startup", "validation", "site pages (lists, feeds, static pages)", "briefing pages (within Eleventy)", "link check"];
  const [startup, validation, site, briefings, check] = names.map((name) => p[name]);
  const pages = p["Eleventy, all pages"];
  const sequential = ["startup", "validation", "Eleventy, all pages", "link check"];
  const rest = r.parallax.seconds - sequential.reduce((sum, name) => sum + (p[name] ?? 0), 0);
  const perBriefing = briefings === undefined ? "–" : `${((briefings * 1000) / r.briefings).toFixed(2)} ms`;
  return `| ${r.briefings} | ${seconds(startup)} | ${seconds(validation)} | ${seconds(pages)} | ${seconds(briefings)} | ${perBriefing} | ${seconds(site)} | ${seconds(check)} | ${seconds(rest)} |`;
}
const mem = (s?: Sample) => (s?.peakMiB ? `${Math.round(s.peakMiB)} MiB` : "–");
const ratio = (a: Sample, b?: Sample) => (b ? `${(a.seconds / b.seconds).toFixed(2)}×` : "–");

mkdirSync(WORK, { recursive: true });
const rows = sizes.map(benchSize);
const compare = measureCompare(path.join(WORK, String(sizes.includes(2000) ? 2000 : sizes[0])));
const watch = values["no-watch"] || !sizes.includes(2000) ? undefined : await benchWatch(2000);
const watchMedian = watch ? [...watch].sort((a, b) => a - b)[Math.floor(watch.length / 2)]! : undefined;
const base = rows.find((r) => r.briefings === 2000);
const largest = rows.find((r) => r.briefings === 10000);

/**
 * What no cold build can skip, whatever its design: every account's text rendered and every briefing compared, in
 * one process of the benchmark; split perfectly over the cores, it bounds a cold build from below.
 */
function floorLine(): string {
  const hugoTime = rows.find((r) => r.briefings === compare.briefings)?.hugo;
  const cores = os.availableParallelism();
  const best = (compare.textSeconds + compare.compareSeconds) / cores;
  return (
    `Work a cold build of the ${compare.briefings} briefings cannot skip: rendering their accounts' text (markdown-it, sentences split and numbered) ` +
    `takes ${compare.textSeconds.toFixed(2)} s and comparing them ${compare.compareSeconds.toFixed(2)} s of one core's time, so at least ` +
    `${best.toFixed(2)} s on ${cores} cores before startup, validation, layouts and page writes` +
    (hugoTime ? `; Hugo's whole build of the same articles takes ${hugoTime.seconds.toFixed(2)} s.` : ".")
  );
}

const cpu = os.cpus();
const lines = [
  "# Performance",
  "",
  "Measured by `npm run bench` (bench/run.ts): a deterministic synthetic archive (bench/archive.ts) of N briefings with two",
  "accounts each (8–16 paragraphs with quotes and figures, 8 outlets), built cold (outputs and caches removed) by Parallax, by",
  "bare Eleventy rendering the same accounts as plain markdown pages with a one-line layout, and by Hugo rendering the same",
  `plain pages. Medians of ${runs} interleaved runs, the tools taking turns to go first (fewer runs for the largest archive), wall-clock; peak memory is the largest resident set seen.`,
  "",
  `Machine: ${cpu[0]?.model.trim()} × ${cpu.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}${hugoVersion ? `, ${hugoVersion}` : ", Hugo not installed"}.`,
  "",
  "| briefings | accounts | Parallax build | per account | search index | bare Eleventy | Hugo | Parallax / Eleventy | Parallax / Hugo | Parallax peak memory |",
  "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ...rows.map((r) => `| ${r.briefings} | ${r.accounts} | ${fmt(r.parallax)} | ${((r.parallax.seconds / r.accounts) * 1000).toFixed(2)} ms | ${fmt(r.search)} | ${fmt(r.eleventy)} | ${fmt(r.hugo)} | ${ratio(r.parallax, r.eleventy)} | ${ratio(r.parallax, r.hugo)} | ${mem(r.parallax)} |`),
  "",
  "The Parallax build includes loading and validating every source, the comparison of every briefing, all pages and the feeds,",
  "and keeping each briefing page in the page cache for the next build; the search index (Pagefind) is built after it and timed separately.",
  "",
  "A build after a commit, as CI runs it: a fresh output folder, one account edited, and the page cache of the build before",
  "restored (`.cache/parallax/`), so one briefing is compared and laid out and the others' pages are copied. Bare Eleventy and",
  "Hugo are the cold builds above.",
  "",
  "| briefings | Parallax, one edit, cache restored | bare Eleventy | Hugo | Parallax / Eleventy | Parallax / Hugo |",
  "| ---: | ---: | ---: | ---: | ---: | ---: |",
  ...rows.map((r) => `| ${r.briefings} | ${fmt(r.rebuild)} | ${fmt(r.eleventy)} | ${fmt(r.hugo)} | ${ratio(r.rebuild, r.eleventy)} | ${ratio(r.rebuild, r.hugo)} |`),
  "",
  "Where the Parallax build's time goes (the median run's `parallax build --timings`): startup is node, the CLI and Eleventy's",
  "modules loading; validation reads and checks every source; then, after Eleventy's own (empty) pass, the briefing pages (text,",
  "comparison, layout; on every core for a large archive, while the main thread lays out the rest) and the site pages (lists,",
  "feeds, static pages) are rendered from the loaded data; the link check reads every page written; the rest is the staging",
  "folder's swap and the process's exit. All pages is Eleventy's whole run: its own pass, the briefing pages and the site pages.",
  "",
  "| briefings | startup | validation | all pages | of which briefing pages | per briefing | of which site pages | link check | rest |",
  "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ...rows.map(phaseRow),
  "",
  ...(base && largest ? [`Growth: 10,000 briefings take ${(largest.parallax.seconds / base.parallax.seconds).toFixed(2)}× the 2,000-briefing time.`, ""] : []),
  `Comparison engine alone: median ${compare.medianMs.toFixed(2)} ms per briefing over ${compare.briefings} briefings of the archive (accounts of ${compare.meanWords} words on average).`,
  "",
  floorLine(),
  "",
  ...(watch ? [`Watch mode: editing one account of the 2,000-briefing archive while \`npm start\` runs shows on the preview after a median of ${watchMedian!.toFixed(2)} s (${watch.map((t) => t.toFixed(2)).join(", ")} s over ${watch.length} edits).`, ""] : []),
];
mkdirSync(path.join(ROOT, "docs"), { recursive: true });
writeFileSync(path.join(ROOT, "docs/performance.md"), `${lines.join("\n")}\n`);
process.stdout.write(`${lines.join("\n")}\n`);
