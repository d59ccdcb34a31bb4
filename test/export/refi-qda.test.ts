import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { HumanCode } from '../../src/model/codes.js';
import { codeStore } from '../../src/store/code-store.js';
import { openDatabase } from '../../src/store/database.js';
import { writeDatabase } from '../support/check-corpus.js';
import { runCli } from '../support/cli.js';
import { AFTER_ASTRAL_TEXT, ASTRAL_TEXT, exportCorpus, tempDir, unzip, validate, zipOf } from './qdpx-fixture.js';

const dir = tempDir();
const original = path.join(dir, 'original.db');
const qdpx = path.join(dir, 'all.qdpx');
let files: Map<string, string>;
let coded: HumanCode[];

/** A code as another database holds it: its passage by review and position, not by id. */
function portable(db: string): string[] {
  const handle = openDatabase(db);
  try {
    const codes = codeStore(handle).current();
    return codes.map((code) => [code.review_sha256, code.passage_seq, code.theme, code.decision, code.coder, code.memo, code.at].join(' | ')).sort();
  } finally {
    handle.close();
  }
}

beforeAll(async () => {
  const reviews = exportCorpus();
  writeDatabase(original, reviews);
  const db = openDatabase(original);
  const passages = db.prepare<[], { id: number; text: string; themes: string | null }>(
    "SELECT p.id, p.text, (SELECT group_concat(theme) FROM findings f WHERE f.passage_id = p.id) AS themes FROM passages p WHERE p.kind = 'finding' ORDER BY p.id",
  ).all();
  const tagged = passages.filter((passage) => passage.themes);
  const untagged = passages.filter((passage) => !passage.themes?.includes('child_not_seen'));
  const astral = passages.find((passage) => passage.text === ASTRAL_TEXT)!;
  coded = codeStore(db).record(
    [
      { passage_id: tagged[0]!.id, theme: tagged[0]!.themes!.split(',')[0]!, decision: 'confirm', coder: 'Ada', at: '2026-11-02T10:00:00.000Z' },
      { passage_id: tagged[1]!.id, theme: tagged[1]!.themes!.split(',')[0]!, decision: 'confirm', coder: 'Ada', memo: 'Clear: "seen" & <heard> in one line.\nSecond line.', at: '2026-11-02T10:01:00.000Z' },
      { passage_id: untagged[2]!.id, theme: 'child_not_seen', decision: 'add', coder: 'Ben', at: '2026-11-03T09:00:00.000Z' },
      { passage_id: untagged[3]!.id, theme: 'child_not_seen', decision: 'add', coder: 'Ada', at: '2026-11-03T09:05:00.000Z' },
      { passage_id: astral.id, theme: 'child_not_seen', decision: 'confirm', coder: 'Ben', at: '2026-11-03T09:10:00.000Z' },
    ],
    { lexicon_version: 'fixture', model_version: null },
  );
  db.close();
  const run = await runCli(['export', '--format', 'qdpx', '--out', qdpx, '--db', original]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  files = await unzip(readFileSync(qdpx));
}, 120_000);

describe('lessons export --format qdpx', () => {
  test('when the bundled corpus is exported, then project.qde validates against the REFI-QDA 1.5 Project.xsd', () => {
    const file = path.join(dir, 'project.qde');
    writeFileSync(file, files.get('project.qde')!);
    const result = validate('Project.xsd', file);
    expect(result.output).toContain('validates');
    expect(result.status).toBe(0);
  });

  test('when a project breaks the schema (a code without isCodable), then xmllint rejects it: the validation can fail', () => {
    const file = path.join(dir, 'broken.qde');
    writeFileSync(file, files.get('project.qde')!.replace(' isCodable="true"', ''));
    const result = validate('Project.xsd', file);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/isCodable/);
  });

  test('when the project is written, then it has one plain-text source per review, UTF-8 without BOM and with LF line ends', () => {
    const sources = [...files.keys()].filter((name) => name.startsWith('Sources/'));
    expect(sources).toHaveLength(exportCorpus().length);
    for (const name of sources) {
      const text = files.get(name)!;
      expect(text.charCodeAt(0)).not.toBe(0xfeff);
      expect(text).not.toContain('\r');
      expect(files.get('project.qde')).toContain(`plainTextPath="internal://${name.slice('Sources/'.length)}"`);
    }
  });

  test('when a passage holds characters outside the BMP, then its selection counts code points, so the next passage still lines up', () => {
    const project = files.get('project.qde')!;
    const source = [...files.entries()].find(([name, text]) => name.startsWith('Sources/') && text.includes(ASTRAL_TEXT))![1];
    const characters = [...source];
    const selections = [...project.matchAll(/startPosition="(\d+)" endPosition="(\d+)"/g)].map((match) => characters.slice(Number(match[1]), Number(match[2])).join(''));
    expect(selections).toContain(ASTRAL_TEXT);
    expect(selections).toContain(AFTER_ASTRAL_TEXT);
    // In UTF-16 code units the astral characters would shift the second passage by 5.
    expect(source.indexOf(AFTER_ASTRAL_TEXT)).toBe(characters.join('').indexOf(AFTER_ASTRAL_TEXT));
    expect(characters.length).toBeLessThan(source.length);
  });

  test('when human codes exist, then their codings carry the coder and the memo, and review metadata is in variables', () => {
    const project = files.get('project.qde')!;
    expect(project).toMatch(/<User guid="[^"]+" name="Ada"\/>/);
    expect(project).toContain('Clear: &quot;seen&quot; &amp; &lt;heard&gt; in one line.\nSecond line.');
    expect(project).toContain('<Variable guid="');
    expect(project).toMatch(/<VariableValue><VariableRef targetGUID="[^"]+"\/><TextValue>Emberton Safeguarding Children Partnership<\/TextValue><\/VariableValue>/);
    const description = /<Description>Passages found by a lessons search\. Export metadata: (\{[^<]*\})<\/Description>/.exec(project)?.[1];
    expect(JSON.parse(description!.replace(/&quot;/g, '"'))).toMatchObject({ query: '', lexicon_version: expect.stringContaining('fixture'), exported_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
  });
});

describe('lessons export --format qdc', () => {
  test('when the codebook is exported alone, then it validates against Codebook.xsd and holds the 21 themes with labels and colours', async () => {
    const file = path.join(dir, 'themes.qdc');
    const run = await runCli(['export', '--format', 'qdc', '--out', file, '--db', original]);
    expect(run.status).toBe(0);
    const result = validate('Codebook.xsd', file);
    expect(result.status, result.output).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.match(/<Code guid=/g)).toHaveLength(21);
    expect(text).toMatch(/<Code guid="[^"]+" name="Child not seen or heard" isCodable="true" color="#[0-9A-F]{6}"><Description>The child was not seen/);
  });
});

describe('lessons import --qdpx', () => {
  test('when the export is imported into a fresh database of the same reviews, then it holds the same human codes', async () => {
    const fresh = path.join(dir, 'fresh.db');
    writeDatabase(fresh, exportCorpus());
    const run = await runCli(['import', '--qdpx', qdpx, '--db', fresh]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Imported 5 human codes .*: 3 confirm a machine tag, 2 add a theme\. \d+ codings were lessons's own tags/);
    expect(portable(fresh)).toEqual(portable(original));
    expect(portable(fresh)).toHaveLength(coded.length);
  }, 60_000);

  test('when a hand-made project has one selection shifted across a passage boundary, then it is listed and nothing is stored, not even the good coding', async () => {
    const fresh = path.join(dir, 'shifted.db');
    writeDatabase(fresh, exportCorpus());
    const source = [...files.entries()].find(([name, text]) => name.startsWith('Sources/') && text.includes(ASTRAL_TEXT))!;
    const guid = source[0].slice('Sources/'.length, -'.txt'.length);
    const characters = [...source[1]];
    const start = characters.join('').indexOf('not seen alone');
    const at = [...source[1].slice(0, start)].length;
    const after = [...source[1].slice(0, source[1].indexOf(AFTER_ASTRAL_TEXT))].length;
    const project = (selections: string) => `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="coded in another tool">
  <Users><User guid="11111111-2222-4333-8444-555555555555" name="Dana"/></Users>
  <CodeBook><Codes><Code guid="aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee" name="Child not seen or heard" isCodable="true"/></Codes></CodeBook>
  <Sources><TextSource guid="${guid}" name="Child E" plainTextPath="internal://${guid}.txt">${selections}</TextSource></Sources>
</Project>`;
    const coding = (n: number) => `<Coding guid="0000000${n}-0000-4000-8000-000000000000" creatingUser="11111111-2222-4333-8444-555555555555"><CodeRef targetGUID="aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"/></Coding>`;
    const good = `<PlainTextSelection guid="00000001-0000-4000-8000-000000000001" startPosition="${at}" endPosition="${at + 'not seen alone'.length}">${coding(1)}</PlainTextSelection>`;
    const shifted = `<PlainTextSelection guid="00000001-0000-4000-8000-000000000002" startPosition="${after + 40}" endPosition="${after + AFTER_ASTRAL_TEXT.length + 40}">${coding(2)}</PlainTextSelection>`;
    const file = path.join(dir, 'hand-made.qdpx');
    writeFileSync(file, await zipOf(new Map([['project.qde', project(good + shifted)], [source[0], source[1]]])));
    const refused = await runCli(['import', '--qdpx', file, '--db', fresh]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('nothing stored: 1 coding');
    expect(refused.stderr).toContain(`selection ${after + 40}-${after + AFTER_ASTRAL_TEXT.length + 40}: does not lie inside one passage`);
    expect(portable(fresh)).toEqual([]);

    writeFileSync(file, await zipOf(new Map([['project.qde', project(good)], [source[0], source[1]]])));
    const accepted = await runCli(['import', '--qdpx', file, '--db', fresh]);
    expect(accepted.stdout).toContain('Imported 1 human code');
    expect(portable(fresh)).toEqual([expect.stringMatching(/ \| 1 \| child_not_seen \| confirm \| Dana \| /)]);
  }, 60_000);
});
