import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { ingestReview } from '../../src/ingest/ingest-review.js';
import { readSidecar } from '../../src/ingest/sources.js';
import type { IngestedReview } from '../../src/ingest/types.js';
import type { Tagger } from '../../src/lexicon/index.js';
import type { PassageKind, ThemeId } from '../../src/themes.js';
import type { TruthReview } from '../../scripts/corpus/truth.js';

export const CORPUS = path.join(PROJECT_ROOT, 'corpus');

/** The ground truth the corpus generator writes beside each report (see corpus/README.md). */
export interface Truth {
  file: string;
  generator: 'pdfkit' | 'libreoffice';
  pages: number;
  meta: { title: string; board: string; subject: string; year: number; author: string };
  /** Review type, area, region, the child's age band and sex, the harm, and the review's quality criteria. */
  review: TruthReview;
  running: string[];
  paragraphs: Array<{ number: string; page: number; section: string; kind: PassageKind; themes: ThemeId[]; text: string }>;
}

export function corpusTruths(): Truth[] {
  return readdirSync(CORPUS)
    .filter((name) => name.endsWith('.truth.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(path.join(CORPUS, name), 'utf8')) as Truth);
}

/** Ingests one corpus report exactly as `lessons ingest` does, without a database. */
export async function ingestCorpusReport(truth: Truth, tagger: Tagger): Promise<IngestedReview> {
  const file = path.join(CORPUS, truth.file);
  const bytes = readFileSync(file);
  return ingestReview({ file, bytes, sha256: createHash('sha256').update(bytes).digest('hex'), overrides: await readSidecar(file) }, tagger);
}
