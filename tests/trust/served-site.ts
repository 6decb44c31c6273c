import type { Browser } from "playwright-core";
import { launchChromium, serveSite } from "../helpers/browser.ts";

export interface ServedSite {
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

/** A built site served on 127.0.0.1 and a Chromium to load it; `close` stops both. */
export async function serveInChromium(dir: string): Promise<ServedSite> {
  const server = await serveSite(dir);
  const browser = await launchChromium();
  return {
    origin: server.origin,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
