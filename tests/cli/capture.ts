import { run } from "../../src/cli/run.ts";

/** Runs `parallax …` in this process, as the executable would, and keeps what it printed. */
export async function parallax(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(argv, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}
