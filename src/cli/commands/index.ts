import type { Command } from "../command.ts";
import build from "./build.ts";
import check from "./check.ts";
import compare from "./compare.ts";
import importAccounts from "./import.ts";
import newBriefing from "./new.ts";

/** Every `parallax` command, in the order `parallax --help` lists them. A new command is a module here plus one line. */
export const COMMANDS: readonly Command[] = [build, check, newBriefing, importAccounts, compare];
