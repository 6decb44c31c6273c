import { parentPort, workerData } from "node:worker_threads";
import type { SiteConfig } from "../content/site-config.ts";
import { writeBriefingPages, type PageJob } from "./briefing-pages.ts";
import { createLayoutRenderer } from "./layout-renderer.ts";

/** One worker of the briefing-page pool: renders and writes each batch it is sent, until an empty one. */
const { config, output } = workerData as { config: SiteConfig; output: string };
const renderer = createLayoutRenderer();
const port = parentPort!;
port.on("message", (batch: PageJob[]) => {
  if (batch.length === 0) return port.close();
  writeBriefingPages(renderer, batch, config, output);
  port.postMessage("done");
});
port.postMessage("ready");
