import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readAndTagDraft } from '../../src/check/draft-reader.js';
import { loadConfig } from '../../src/config.js';
import { loadTagger, type Tagger } from '../../src/lexicon/index.js';
import { DRAFT_FIXTURES, writeDraftPdf } from '../support/drafts.js';
import { passageViolations } from '../support/passage-invariants.js';

const QUALITY_DRAFTS = path.join(import.meta.dirname, '..', 'fixtures', 'quality-drafts');

let tagger: Tagger;
let dir: string;
let pdf: string;
beforeAll(async () => {
  tagger = loadTagger(loadConfig({}).lexicons);
  dir = mkdtempSync(path.join(tmpdir(), 'lessons-readers-'));
  pdf = (await writeDraftPdf(dir, 7, { targetPages: 6 })).file;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('every draft reader keeps the passage invariants', () => {
  const files = () => [
    path.join(DRAFT_FIXTURES, 'draft.docx'),
    ...readdirSync(QUALITY_DRAFTS)
      .filter((name) => /\.(md|txt)$/.test(name) && name !== 'README.md')
      .map((name) => path.join(QUALITY_DRAFTS, name)),
    pdf,
  ];

  test('when Word, text, Markdown and PDF drafts are read and tagged, then their passages tile the draft text and every span lies inside its passage', async () => {
    const formats = new Set<string>();
    const problems: string[] = [];
    for (const file of files()) {
      const { document, passages } = await readAndTagDraft({ name: path.basename(file), bytes: readFileSync(file) }, tagger);
      formats.add(document.format);
      problems.push(...passageViolations({ text: document.text, passages }, path.basename(file)));
    }
    expect(formats).toEqual(new Set(['docx', 'text', 'markdown', 'pdf']));
    expect(problems).toEqual([]);
  });
});
