/** The few parts of Eleventy's configuration API that Parallax uses (Eleventy ships no types). */
export interface EleventyConfig {
  directories: { input: string; output: string; includes: string };
  addGlobalData(name: string, value: unknown): void;
  addTemplate(virtualPath: string, content: string, data?: Record<string, unknown>): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  addPassthroughCopy(paths: string | Record<string, string>): void;
  addPlugin(plugin: (config: never) => void): void;
  addWatchTarget(path: string): void;
  on(event: "eleventy.before" | "eleventy.after", handler: (arg: Record<string, unknown>) => unknown): void;
  /** Before a watch-mode rebuild, with the files that changed. */
  on(event: "eleventy.beforeWatch", handler: (changed: string[]) => unknown): void;
  setQuietMode(quiet: boolean): void;
  setIncludesDirectory(dir: string): void;
  setDataFileSuffixes(suffixes: string[]): void;
  ignores: Set<string>;
}

export type EleventyPlugin = (config: EleventyConfig) => void;
