import { parseArgs } from "node:util";

/** Where a command writes: stdout for results, stderr for problems and notes. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** The arguments were wrong: exit 2, with the message and a pointer to `--help`. */
export class UsageError extends Error {}

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  multiple?: boolean;
  /** The value's placeholder in help, e.g. `slug`. */
  value?: string;
  description: string;
}

type OptionSpecs = Record<string, OptionSpec>;

export type OptionValues<O extends OptionSpecs> = {
  [K in keyof O]?: O[K]["type"] extends "boolean" ? boolean : O[K]["multiple"] extends true ? string[] : string;
};

export interface CommandSpec<O extends OptionSpecs> {
  name: string;
  /** One line for `parallax --help`. */
  summary: string;
  /** What follows `parallax <name>` in the usage line. */
  usage: string;
  /** Paragraphs shown between usage and options. */
  description: string;
  options: O;
  /** Whether the command takes operands (files, paths, a slug). */
  positionals: boolean;
  run(args: { values: OptionValues<O>; positionals: string[] }, io: Io): number | Promise<number>;
}

/** A command as the dispatcher sees it: its name, its help and a way to run it on raw arguments. */
export interface Command {
  name: string;
  summary: string;
  help: string;
  execute(argv: string[], io: Io): Promise<number>;
}

const HELP: OptionSpec = { type: "boolean", short: "h", description: "Show this help" };

/** Declares a command: its options are parsed by node:util's parseArgs, and `--help` comes with it. */
export function defineCommand<const O extends OptionSpecs>(spec: CommandSpec<O>): Command {
  const options: OptionSpecs = { ...spec.options, help: HELP };
  const help = helpText(spec, options);
  return {
    name: spec.name,
    summary: spec.summary,
    help,
    async execute(argv, io) {
      const { values, positionals } = parse(argv, options);
      if (values.help) {
        io.out(`${help}\n`);
        return 0;
      }
      if (!spec.positionals && positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
      return spec.run({ values: values as OptionValues<O>, positionals }, io);
    },
  };
}

function parse(argv: string[], options: OptionSpecs) {
  const config = Object.fromEntries(
    Object.entries(options).map(([name, o]) => [name, { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) }]),
  );
  try {
    return parseArgs({ args: argv, options: config, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs explains itself in its first sentence; the rest is advice about `--`.
    throw new UsageError((error as Error).message.split(". ")[0]!.replace(/\.$/, ""));
  }
}

function helpText(spec: CommandSpec<OptionSpecs>, options: OptionSpecs): string {
  const rows = Object.entries(options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : "    "}--${name}${o.type === "string" ? ` <${o.value ?? "value"}>` : ""}`;
    return [flag, o.description] as const;
  });
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  const lines = rows.map(([flag, description]) => `  ${flag.padEnd(width)}${description}`);
  return [`Usage: parallax ${spec.name} ${spec.usage}`, "", spec.description, "", "Options:", ...lines].join("\n");
}
