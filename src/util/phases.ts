/**
 * Build phases timed with the User Timing API (`performance.measure`): any layer times its own
 * phase without passing a clock around, and `parallax build --timings` reports them all.
 */
export function timePhase<T>(name: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  if (result instanceof Promise) return result.finally(() => performance.measure(name, { start })) as T;
  performance.measure(name, { start });
  return result;
}

/** The phases measured so far in this process, in the order they started, in seconds. */
export function phaseTimes(): { name: string; seconds: number }[] {
  return performance.getEntriesByType("measure").map((entry) => ({ name: entry.name, seconds: entry.duration / 1000 }));
}
