import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { PASSAGE_KINDS } from '../../src/model/themes.js';
import { openDatabase } from '../../src/store/database.js';
import { runCli } from '../support/cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'lessons-kinds-'));
const db = openDatabase(path.join(dir, 'kinds.db'));
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Inserts a one-passage review of the given kind through plain SQL, as a migration would see it. */
function insertPassage(kind: string): void {
  const review = db.prepare("INSERT INTO reviews (file, sha256, title, board, subject, year, author, pages) VALUES (?, ?, 't', 'b', 's', 2020, 'a', 1)").run(`${kind}.pdf`, kind);
  db.prepare("INSERT INTO passages (review_id, seq, page, end_page, paragraph, section, kind, section_kind, text, start, end, sentences) VALUES (?, 0, 1, 1, NULL, 's', ?, ?, 'x', 0, 1, '[]')").run(review.lastInsertRowid, kind, kind);
}

describe('the passage kinds', () => {
  test.each(PASSAGE_KINDS)('when a passage of kind %s is stored, then the schema accepts it', (kind) => {
    expect(() => insertPassage(kind)).not.toThrow();
  });

  test('when a passage has a kind the model does not define, then the schema refuses it', () => {
    expect(() => insertPassage('opinion')).toThrow(/CHECK constraint/);
  });

  test('when the tag command explains itself, then its help names exactly the model\'s kinds', async () => {
    const { stdout } = await runCli(['tag', '--help']);
    expect(stdout).toContain(`--kind ${PASSAGE_KINDS.join('|')}`);
  });
});
