import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * parseArgs for the scripts of this folder: `--help` prints the script's opening comment (its
 * usage), and a mistyped or unknown option prints what is wrong and that comment, exit code 2,
 * instead of a stack trace.
 * const { values } = scriptArgs(import.meta.url, { options: { rounds: { type: 'string' } } });
 */
export function scriptArgs<T extends ParseArgsConfig>(scriptUrl: string, config: T): ReturnType<typeof parseArgs<T>> {
  if (process.argv.slice(2).some((arg) => arg === '--help' || arg === '-h')) {
    process.stdout.write(`${usageOf(scriptUrl)}\n`);
    process.exit(0);
  }
  try {
    return parseArgs(config);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n\n${usageOf(scriptUrl)}\n`);
    process.exit(2);
  }
}

/** The script's first block comment, without its comment marks. */
function usageOf(scriptUrl: string): string {
  const source = readFileSync(fileURLToPath(scriptUrl), 'utf8');
  const comment = /\/\*\*([\s\S]*?)\*\//.exec(source)?.[1] ?? '';
  return comment.split('\n').map((line) => line.replace(/^\s*\* ?/, '')).join('\n').trim();
}
