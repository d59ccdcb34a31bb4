import type { Command, CliIO } from './command.js';
import { writeLine } from './command.js';
import { describeError, AppError } from '../errors.js';

/** Subcommands load lazily, so `lessons tag` never pays for the web server's imports. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<{ command: Command }> }> = {
  start: { summary: 'Ingest the bundled corpus when the database is new, then serve it', load: () => import('./start.js') },
  ingest: { summary: 'Read overview-report PDFs into the database', load: () => import('./ingest.js') },
  search: { summary: 'Search passages across reviews, with citations', load: () => import('./search.js') },
  reviews: { summary: 'List the reviews in the database', load: () => import('./reviews.js') },
  stats: { summary: 'Passages and findings by theme and by year', load: () => import('./stats.js') },
  check: { summary: 'Check a draft review against the failings and recommendations of earlier reviews', load: () => import('./check.js') },
  serve: { summary: 'Serve the search UI and the JSON API over the database', load: () => import('./serve.js') },
  retag: { summary: 'Re-apply the current lexicons to stored passages', load: () => import('./retag.js') },
  tag: { summary: 'Tag passages with themes: one JSON line per passage', load: () => import('./tag.js') },
  lexicon: { summary: 'Test the theme lexicons against their examples, or list them', load: () => import('./lexicon.js') },
};

function printHelp(io: CliIO): void {
  writeLine(io.stdout, 'Usage: lessons <command> [options]\n\nCommands:');
  for (const [name, entry] of Object.entries(COMMANDS)) writeLine(io.stdout, `  ${name.padEnd(10)} ${entry.summary}`);
  writeLine(io.stdout, '\nRun `lessons <command> --help` for the options of one command.');
}

/** Runs the CLI and returns the exit status; never lets a stack trace reach the user. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    printHelp(io);
    return name ? 0 : 2;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    writeLine(io.stderr, `lessons: unknown command "${name}". Run \`lessons --help\` for the list.`);
    return 2;
  }
  const { command } = await entry.load();
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
