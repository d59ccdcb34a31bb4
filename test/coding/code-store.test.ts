import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { compileTagger } from '../../src/lexicon/index.js';
import { inThread, retag } from '../../src/retag/retag.js';
import { codeStore, type CodeStore } from '../../src/store/code-store.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { reviewWriter } from '../../src/store/reviews.js';
import { taggingQueries } from '../../src/store/tagging-queries.js';
import { makeReview } from '../support/reviews.js';
import { withSettledGroups } from '../support/settled-groups.js';

const TEXTS = ['The social worker accepted the explanation at face value.', 'The child was not seen alone at any visit.', 'The plan was reviewed every six weeks.'];
const VERSIONS = { lexicon_version: 'lex1', model_version: null };

let dir: string;
let db: Db;
let codes: CodeStore;
const ids = () => db.prepare('SELECT id FROM passages ORDER BY review_id, seq').pluck().all() as number[];
const effective = () => db.prepare('SELECT p.seq, t.theme, t.source, t.confirmed FROM passage_themes t JOIN passages p ON p.id = t.passage_id ORDER BY p.seq, t.theme').all();
const count = () => db.prepare('SELECT count(*) FROM human_codes').pluck().get();

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lessons-codes-'));
  db = openDatabase(path.join(dir, 'test.db'));
  reviewWriter(db).save(makeReview({ file: '/r/a.pdf', sha256: 'a1', texts: TEXTS }));
  codes = codeStore(db);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('recording human codes', () => {
  test('when a batch has one bad code, then nothing is stored and the error names its field', () => {
    const [first, second] = ids();
    const batch = [
      { passage_id: first!, theme: 'face_value', decision: 'confirm', coder: 'ann' },
      { passage_id: second!, theme: 'no_such_theme', decision: 'add', coder: 'ann' },
    ];
    expect(() => codes.record(batch, VERSIONS)).toThrow(/^codes\[1\]\.theme: unknown theme "no_such_theme"/);
    expect(() => codes.record([{ passage_id: 99_999, theme: 'neglect', decision: 'add', coder: 'ann' }], VERSIONS)).toThrow(/^passage_id: no passage 99999/);
    expect(() => codes.record([{ passage_id: first!, theme: 'neglect', coder: 'ann' } as never], VERSIONS)).toThrow(/^decision: missing/);
    expect(() => codes.record([{ passage_id: first!, theme: 'neglect', decision: 'add', coder: ' ' }], VERSIONS)).toThrow(/^coder:/);
    expect(count()).toBe(0);
    expect(effective()).toEqual([{ seq: 0, theme: 'face_value', source: 'pattern', confirmed: 0 }]);
  });

  test('when a coder changes their mind, then both decisions are kept and the later one is current', () => {
    const [first] = ids();
    codes.record([{ passage_id: first!, theme: 'face_value', decision: 'reject', coder: 'ann', memo: 'reads as good practice', at: '2026-01-01T10:00:00Z' }], VERSIONS);
    codes.record([{ passage_id: first!, theme: 'face_value', decision: 'confirm', coder: 'ann', at: '2026-01-02T10:00:00Z' }], { lexicon_version: 'lex2', model_version: 'm1' });
    codes.record([{ passage_id: first!, theme: 'face_value', decision: 'reject', coder: 'bob', at: '2026-01-01T12:00:00Z' }], VERSIONS);
    expect(codes.list({ coder: 'ann' }).map((code) => [code.decision, code.memo, code.lexicon_version, code.model_version])).toEqual([
      ['reject', 'reads as good practice', 'lex1', null],
      ['confirm', '', 'lex2', 'm1'],
    ]);
    expect(codes.current({ theme: 'face_value' }).map((code) => [code.coder, code.decision])).toEqual([
      ['ann', 'confirm'],
      ['bob', 'reject'],
    ]);
    expect(codes.current({ decision: 'reject' }).map((code) => code.coder)).toEqual(['bob']);
    // The latest decision of any coder (ann's confirmation) is what counts.
    expect(effective()).toEqual([{ seq: 0, theme: 'face_value', source: 'pattern', confirmed: 1 }]);
    expect(codes.coders()).toEqual(['ann', 'bob']);
  });

  test('when themes are confirmed, added and rejected, then passage_themes holds the effective themes', () => {
    const [first, second, third] = ids();
    codes.record(
      [
        { passage_id: first!, theme: 'face_value', decision: 'reject', coder: 'ann' },
        { passage_id: second!, theme: 'child_not_seen', decision: 'add', coder: 'ann' },
        { passage_id: third!, theme: 'neglect', decision: 'add', coder: 'ann' },
        { passage_id: third!, theme: 'neglect', decision: 'reject', coder: 'ann', at: new Date(Date.now() + 1000).toISOString() },
      ],
      VERSIONS,
    );
    expect(effective()).toEqual([{ seq: 1, theme: 'child_not_seen', source: 'human', confirmed: 1 }]);
    // The machine's finding is kept: a rejection hides the tag from counts, it does not erase the evidence.
    expect(db.prepare('SELECT theme FROM findings').pluck().all()).toEqual(['face_value']);
    expect(codes.list({ review_id: 1 })).toHaveLength(4);
  });
});

describe('human codes survive the machine', () => {
  test('when the lexicons are re-applied by retag, then codes are untouched and still win', async () => {
    const [first, second] = ids();
    codes.record(
      [
        { passage_id: second!, theme: 'child_not_seen', decision: 'reject', coder: 'ann' },
        { passage_id: first!, theme: 'neglect', decision: 'add', coder: 'ann' },
      ],
      VERSIONS,
    );
    const before = codes.list();
    const tagger = compileTagger(withSettledGroups([{ file: 'child_not_seen.lex', source: 'id: child_not_seen\nlabel: Child not seen\ndescription: d\npattern: child ..3 !seen\n' }]));
    await retag(taggingQueries(db), inThread(tagger));
    expect(db.prepare("SELECT count(*) FROM findings WHERE theme = 'child_not_seen'").pluck().get()).toBe(1);
    expect(codes.list()).toEqual(before);
    expect(effective()).toEqual([{ seq: 0, theme: 'neglect', source: 'human', confirmed: 1 }]);
  });

  test('when a changed PDF is re-ingested, then codes follow their text, and a code whose text changed is detached, not moved', () => {
    const [first, second] = ids();
    codes.record(
      [
        { passage_id: first!, theme: 'face_value', decision: 'confirm', coder: 'ann' },
        { passage_id: second!, theme: 'child_not_seen', decision: 'add', coder: 'ann' },
      ],
      VERSIONS,
    );
    // The new version inserts a paragraph first and rewords the child's paragraph.
    const changed = ['A new opening paragraph.', TEXTS[0]!, 'The child was seen alone at every visit.', TEXTS[2]!];
    expect(reviewWriter(db).save(makeReview({ file: '/r/a.pdf', sha256: 'a2', texts: changed })).outcome).toBe('replaced');
    const moved = codes.list();
    expect(moved.map((code) => [code.theme, code.passage_id === null ? null : db.prepare('SELECT seq FROM passages WHERE id = ?').pluck().get(code.passage_id)])).toEqual([
      ['face_value', 1],
      ['child_not_seen', null],
    ]);
    expect(codes.current().map((code) => code.theme)).toEqual(['face_value']);
    expect(effective()).toEqual([{ seq: 1, theme: 'face_value', source: 'pattern', confirmed: 1 }]);
  });
});
