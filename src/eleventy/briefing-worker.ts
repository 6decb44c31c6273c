import { parentPort, workerData } from "node:worker_threads";
import type { SiteConfig } from "../content/site-config.ts";
import type { BriefingView } from "../render/view.ts";
import { writeBriefingPages } from "./briefing-pages.ts";
import { createLayoutRenderer } from "./layout-renderer.ts";

/** One worker of the briefing-page pool: renders and writes its share of the pages, then says it is done. */
const { briefings, config, output } = workerData as { briefings: BriefingView[]; config: SiteConfig; output: string };
writeBriefingPages(createLayoutRenderer(), briefings, config, output);
parentPort!.postMessage("done");
