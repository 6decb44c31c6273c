#!/usr/bin/env node
// The `parallax` command: the CLI is TypeScript in src/cli/, run through tsx.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
