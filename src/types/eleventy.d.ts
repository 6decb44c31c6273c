// Eleventy ships no types; this declares the programmatic API Parallax calls.
declare module "@11ty/eleventy" {
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: { configPath?: string; quietMode?: boolean; source?: "cli" | "script"; config?: (config: unknown) => void });
    write(): Promise<unknown>;
    /** Silences Eleventy's console output, its end-of-build summary included. */
    disableLogger(): void;
  }
}
