import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { openStore } from '../../src/store/store.js';
import { runCli } from '../support/cli.js';

let dir: string;

/** A copy of the lexicons (and the model beside them) with `edit` applied to face_value's file. */
function lexiconsWith(name: string, edit: (source: string) => string): { folder: string; file: string } {
  const folder = path.join(dir, name);
  mkdirSync(folder);
  for (const entry of readdirSync(path.join(PROJECT_ROOT, 'lexicons'))) copyFileSync(path.join(PROJECT_ROOT, 'lexicons', entry), path.join(folder, entry));
  const file = 'face_value.lex';
  writeFileSync(path.join(folder, file), edit(readFileSync(path.join(folder, file), 'utf8')));
  return { folder, file };
}

const count = (text: string, part: string) => text.split(part).length - 1;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lessons-retag-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The tagger threads compile the lexicons and the main thread does not: what they find must still reach the user once.
describe.each([1, 2])('lessons retag on %i thread(s)', (workers) => {
  test('when a lexicon file is broken, then retag names the file and line once, without a stack trace, and opens no database', async () => {
    const { folder, file } = lexiconsWith(`broken-${workers}`, (source) => `${source}\nnonsense-key: 1\n`);
    const db = path.join(dir, `broken-${workers}.db`);
    const run = await runCli(['retag', '--db', db, '--lexicons', folder, '--workers', String(workers)]);
    expect(run.status).toBe(1);
    expect(count(run.stderr, `${file}:`)).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(db)).toBe(false);
  });

  test('when the model was trained with other lexicons, then retag warns once and tags with the patterns alone', async () => {
    const { folder } = lexiconsWith(`edited-${workers}`, (source) => `${source}\n# an edit that changes the lexicon version\n`);
    const db = path.join(dir, `edited-${workers}.db`);
    openStore(db).close();
    const run = await runCli(['retag', '--db', db, '--lexicons', folder, '--workers', String(workers)]);
    expect(run.status, run.stderr).toBe(0);
    expect(count(run.stderr, 'was trained with lexicons')).toBe(1);
    expect(run.stdout).toContain('Retagged 0 passages');
  });
});
