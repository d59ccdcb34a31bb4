import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import type { ReviewSource } from '../../src/ingest/ingest-review.js';
import { ReaderPool, type OcrProgress } from '../../src/ingest/worker-pool.js';
import { readTaggingSources } from '../../src/classifier/index.js';
import { CORPUS } from '../support/corpus.js';

const source = (file: string): ReviewSource => {
  const bytes = readFileSync(file);
  return { file, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
};
const reports = readdirSync(CORPUS).filter((name) => name.endsWith('.pdf')).map((name) => path.join(CORPUS, name));
const tagging = readTaggingSources(loadConfig({}), (message) => {
  throw new Error(message);
});
let pool: ReaderPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('the reader threads', () => {
  test('when two threads read reports side by side, then each comes back whole and tagged', async () => {
    pool = new ReaderPool({ size: 2, tagging });
    const [first, second] = await Promise.all(reports.slice(0, 2).map((file) => (pool as ReaderPool).read(source(file))));
    for (const review of [first, second]) {
      expect(review?.passages.length).toBeGreaterThan(10);
      expect(review?.passages.some((passage) => passage.evidence.length > 0)).toBe(true);
    }
    expect(first?.file).toBe(reports[0]);
  });

  test('when a thread is given a corrupt PDF, then that file fails with its reason and the thread reads the next one', async () => {
    pool = new ReaderPool({ size: 1, tagging });
    await expect(pool.read(source(path.join(PROJECT_ROOT, 'test', 'fixtures', 'bad', 'corrupt.pdf')))).rejects.toMatchObject({ problem: 'corrupt' });
    expect((await pool.read(source(reports[0] as string))).passages.length).toBeGreaterThan(0);
  });

  test('when a PDF has pages without a text layer, then the thread reports them planned and read by OCR before its answer', async () => {
    pool = new ReaderPool({ size: 1, tagging });
    const progress: OcrProgress[] = [];
    // The fixture's two pages are pictures of stripes: OCR reads them and finds no text.
    await expect(pool.read(source(path.join(PROJECT_ROOT, 'test', 'fixtures', 'bad', 'image-only.pdf')), (event) => progress.push(event))).rejects.toThrow(/OCR found almost no text/);
    expect(progress).toEqual([{ planned: 2 }, { read: 1 }, { read: 1 }]);
  }, 120_000);

  test('when OCR is off, then the thread reads no picture and the PDF fails as having no text layer', async () => {
    pool = new ReaderPool({ size: 1, tagging, ocr: false });
    const progress: OcrProgress[] = [];
    await expect(pool.read(source(path.join(PROJECT_ROOT, 'test', 'fixtures', 'bad', 'image-only.pdf')), (event) => progress.push(event))).rejects.toThrow(/no text layer .*OCR is off/);
    expect(progress).toEqual([]);
  });

  test('when reading takes longer than the limit, then the file fails and a fresh thread takes the next one', async () => {
    pool = new ReaderPool({ size: 1, tagging, timeoutMs: 1 });
    await expect(pool.read(source(reports[0] as string))).rejects.toThrow(/longer than/);
    await pool.close();
    pool = new ReaderPool({ size: 1, tagging });
    expect((await pool.read(source(reports[0] as string))).passages.length).toBeGreaterThan(0);
  });

  test('when the pool is asked to check, then a thread reports what compiling the lexicons said: a stale model\'s warning, or a broken lexicon\'s file and line', async () => {
    const stale = { ...tagging, model: { file: 'model.json', text: JSON.stringify({ format: 1, lexiconVersion: 'aaaaaaaaaaaa', trainingData: 'test', learner: 'by hand', figures: {}, themes: {} }) } };
    pool = new ReaderPool({ size: 1, tagging: stale });
    expect(await pool.check()).toEqual([expect.stringMatching(/model\.json was trained with lexicons aaaaaaaaaaaa, but these are \w{12}/)]);
    await pool.close();
    const broken = { ...tagging, lexicons: [...tagging.lexicons, { file: 'broken.lex', source: 'id: child_not_seen\nnonsense-key: 1\n' }] };
    pool = new ReaderPool({ size: 1, tagging: broken });
    await expect(pool.check()).rejects.toMatchObject({ name: 'LexiconError', message: expect.stringContaining('broken.lex') });
  });
});
