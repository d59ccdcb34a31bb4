import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { PROJECT_ROOT } from '../../src/config.js';
import { loadTagger } from '../../src/lexicon/index.js';
import type { IngestedReview } from '../../src/model/review.js';
import { truthCorpus } from '../support/check-corpus.js';
import { reviewOf } from '../support/research-corpus.js';

export const SCHEMAS = path.join(PROJECT_ROOT, 'test', 'fixtures', 'refi-qda');

/** A passage with characters outside the Basic Multilingual Plane, and one after it whose offsets they shift. */
export const ASTRAL_TEXT = 'Her drawing 🏠👧 of home 𝒜 was on the wall; the child was not seen alone at any of the visits.';
export const AFTER_ASTRAL_TEXT = 'The case was allowed to drift for months without purposeful action.';

export function astralReview(): IngestedReview {
  return reviewOf({ title: 'Child Safeguarding Practice Review: Child E', board: 'Emberton Safeguarding Children Partnership', year: 2022, subject: 'Child E' }, [
    { paragraph: '1.1', section: 'Introduction', kind: 'narrative', text: 'This review concerns Child E 😀, aged four.' },
    { paragraph: '3.1', section: 'Findings', kind: 'finding', text: ASTRAL_TEXT, evidence: [['child_not_seen', 'not seen alone']] },
    { paragraph: '3.2', section: 'Findings', kind: 'finding', text: AFTER_ASTRAL_TEXT, evidence: [['professional_drift', 'allowed to drift']] },
  ]);
}

let corpus: IngestedReview[] | undefined;

/** The bundled corpus (from its ground truth, tagged by the lexicons, once) plus the review with astral characters. */
export function exportCorpus(): IngestedReview[] {
  corpus ??= [...truthCorpus(loadTagger(path.join(PROJECT_ROOT, 'lexicons'))), astralReview()];
  return corpus;
}

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'lessons-qdpx-'));
}

/** xmllint --schema: the exit status and what it said. */
export function validate(schema: string, file: string): { status: number | null; output: string } {
  const run = spawnSync('xmllint', ['--noout', '--schema', path.join(SCHEMAS, schema), file], { encoding: 'utf8' });
  if (run.error) throw new Error(`xmllint could not run (${run.error.message}): install Debian's libxml2-utils (npm test's pretest does).`);
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

export async function unzip(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const files = new Map<string, string>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) files.set(entry.name, await entry.async('string'));
  return files;
}

export async function zipOf(files: ReadonlyMap<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of files) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array' });
}
