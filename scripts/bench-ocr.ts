/**
 * OCR speed and accuracy on the corpus's scanned reports (truth `"scanned": true`): each is read
 * afresh (no cache) by one Tesseract worker, as one ingest thread reads it, and the script prints
 * seconds a page (elapsed, and processor time of all threads), the character error rate against
 * the truth, split by where the errors come from (a paragraph's number lost, other text run into a
 * paragraph, characters misread), and the share of paragraph numbers recovered.
 * Run: npx tsx scripts/bench-ocr.ts [--dpi 300[,200]]
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { scriptArgs } from './script-args.js';
import { loadConfig } from '../src/config.js';
import { ingestReview } from '../src/ingest/ingest-review.js';
import { OcrEngine } from '../src/ingest/ocr-engine.js';
import { loadTagger } from '../src/lexicon/index.js';
import { CORPUS, corpusTruths } from '../test/support/corpus.js';
import { ocrAccuracy } from '../test/support/ocr-accuracy.js';

const percent = (share: number): string => `${(share * 100).toFixed(2)}%`;
const { values } = scriptArgs(import.meta.url, { options: { dpi: { type: 'string', default: '300' } } });
const tagger = loadTagger(loadConfig({}).lexicons);
const scanned = corpusTruths().filter((truth) => truth.scanned);
if (scanned.length === 0) throw new Error('no report of corpus/ has "scanned": true in its truth file');

for (const dpi of values.dpi.split(',').map(Number)) {
  for (const truth of scanned) {
    const file = path.join(CORPUS, truth.file);
    const bytes = readFileSync(file);
    const engine = new OcrEngine(dpi);
    const started = performance.now();
    const cpu = process.cpuUsage();
    const review = await ingestReview({ file, bytes, sha256: createHash('sha256').update(bytes).digest('hex') }, tagger, { ocr: engine.forDocument({ planned: () => undefined, read: () => undefined }) });
    const { user, system } = process.cpuUsage(cpu);
    const seconds = (performance.now() - started) / 1000;
    await engine.close();
    const accuracy = ocrAccuracy(review, truth);
    console.log(
      `${truth.file} at ${dpi} dpi: ${review.ocrPages} pages by OCR in ${seconds.toFixed(1)} s: ${(seconds / review.pages).toFixed(2)} s a page elapsed, ${((user + system) / 1e6 / review.pages).toFixed(2)} s a page of processor time; ` +
        `CER ${percent(accuracy.cer)} (numbers lost ${percent(accuracy.sources.numberLost)}, text run in ${percent(accuracy.sources.runIn)}, misread ${percent(accuracy.sources.misread)}), paragraph numbers ${(accuracy.numbersFound * 100).toFixed(1)}% of ${truth.paragraphs.length}`,
    );
  }
}
