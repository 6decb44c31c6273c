import { UsageError, type Command, type Io } from "./command.ts";
import { COMMANDS } from "./commands/index.ts";

export const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

function overview(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    "Usage: parallax <command> [options]",
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    "",
    'Run "parallax <command> --help" for a command\'s options.',
  ].join("\n");
}

/**
 * Runs `parallax <command> …` and returns the exit code: 0 done, 1 content problems, 2 usage
 * errors. People get messages, never stack traces.
 */
export async function run(argv: readonly string[], io: Io = processIo, commands: readonly Command[] = COMMANDS): Promise<number> {
  const [name, ...rest] = argv;
  if (name === "--help" || name === "-h" || name === "help") {
    const topic = commands.find((c) => c.name === rest[0]);
    io.out(`${topic ? topic.help : overview(commands)}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`${name ? `parallax: unknown command "${name}"\n\n` : ""}${overview(commands)}\n`);
    return 2;
  }
  try {
    return await command.execute(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`parallax ${command.name}: ${error.message}\nRun "parallax ${command.name} --help" for usage.\n`);
      return 2;
    }
    io.err(`parallax ${command.name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
