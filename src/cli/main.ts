#!/usr/bin/env node
// The `parallax` command line (bin/parallax.js, npm run build / check).
import { run } from "./run.ts";

process.exitCode = await run(process.argv.slice(2));
