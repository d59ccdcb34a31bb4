import type { Readable, Writable } from 'node:stream';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isNegationFlag, loadConfig, SETTINGS, type Config, type SettingName } from '../config.js';
import { InputError } from '../errors.js';

/** What a subcommand may touch: its streams and the environment it was started in. */
export interface CliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
  /** True when stdout is an interactive terminal (progress bars instead of plain lines). */
  isTTY: boolean;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Returns the process exit status. Throws AppError for problems the user can fix. */
  run(args: string[], io: CliIO): Promise<number>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses a subcommand's flags plus any setting flags it names (`--db`, `--port`, ...), and builds
 * the configuration from them and the environment. Unknown flags are an InputError naming the usage.
 */
export function parseCommandLine<O extends Options>(
  args: string[],
  io: CliIO,
  command: Pick<Command, 'name' | 'usage'>,
  options: O,
  settings: SettingName[] = [],
) {
  const settingOptions: Options = {};
  for (const name of settings) settingOptions[SETTINGS[name].flag.slice(2)] = { type: isNegationFlag(SETTINGS[name]) ? 'boolean' : 'string' };
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...options, ...settingOptions }, allowPositionals: true, strict: true });
  } catch (err) {
    throw new InputError(`${(err as Error).message}\nUsage: ${command.usage}`, 'bad_arguments');
  }
  const overrides: Partial<Record<SettingName, string | boolean>> = {};
  for (const name of settings) {
    const value = (parsed.values as Record<string, unknown>)[SETTINGS[name].flag.slice(2)];
    if (typeof value === 'string') overrides[name] = value;
    else if (value === true) overrides[name] = false;
  }
  const config: Config = loadConfig(io.env, overrides);
  return { values: parsed.values as { [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : O[K] extends { multiple: true } ? string[] : string }, positionals: parsed.positionals, config };
}

/** Where a command's warnings go: stderr, one line each, so that stdout stays clean JSON or text. */
export function warnings(io: CliIO): (message: string) => void {
  return (message) => writeLine(io.stderr, `lessons: warning: ${message}`);
}

/** Writes one line to a stream. */
export function writeLine(stream: Writable, line = ''): void {
  stream.write(`${line}\n`);
}
