import type { Command, CliIO } from './command.js';
import { writeLine } from './command.js';
import { describeError, AppError } from '../errors.js';

/**
 * Subcommands load lazily, so `lessons tag` never pays for the web server's imports. Each command's
 * name, summary and usage live in its own file: `lessons --help` and the README's table read them there.
 */
export const COMMANDS: Record<string, () => Promise<{ command: Command }>> = {
  start: () => import('./start.js'),
  ingest: () => import('./ingest.js'),
  search: () => import('./search.js'),
  reviews: () => import('./reviews.js'),
  stats: () => import('./stats.js'),
  check: () => import('./check.js'),
  serve: () => import('./serve.js'),
  retag: () => import('./retag.js'),
  tag: () => import('./tag.js'),
  lexicon: () => import('./lexicon.js'),
  code: () => import('./code.js'),
  codes: () => import('./codes.js'),
  agreement: () => import('./agreement.js'),
  export: () => import('./export.js'),
  import: () => import('./import.js'),
};

async function printHelp(io: CliIO): Promise<void> {
  writeLine(io.stdout, 'Usage: lessons <command> [options]\n\nCommands:');
  for (const [name, load] of Object.entries(COMMANDS)) writeLine(io.stdout, `  ${name.padEnd(10)} ${(await load()).command.summary}`);
  writeLine(io.stdout, '\nRun `lessons <command> --help` for the options of one command.');
}

/** Runs the CLI and returns the exit status; never lets a stack trace reach the user. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    await printHelp(io);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    writeLine(io.stderr, `lessons: unknown command "${name}". Run \`lessons --help\` for the list.`);
    return 2;
  }
  const { command } = await load();
  if (args.includes('--help') || args.includes('-h')) {
    writeLine(io.stdout, `${command.summary}\n\nUsage: ${command.usage}`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (err) {
    writeLine(io.stderr, `lessons ${name}: ${describeError(err)}`);
    return err instanceof AppError && err.status < 500 ? 2 : 1;
  }
}

function processIO(): CliIO {
  // `lessons search ... | head` closes stdout early: stop quietly, as other command-line tools do.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(0);
  });
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, isTTY: Boolean(process.stdout.isTTY) };
}
