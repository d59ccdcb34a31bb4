// Run as its own process by the serve-while-ingesting test: writes reviews one transaction at a
// time into the database given, as `lessons ingest` does, pausing between them.
import { openStore } from '../../src/store/store.js';
import { reviewOf } from './research-corpus.js';

const [file, countText] = process.argv.slice(2);
const store = openStore(file!);
for (let n = 1; n <= Number(countText); n++) {
  const passages = Array.from({ length: 40 }, (_, index) => ({
    paragraph: `3.${index + 1}`,
    section: 'Analysis',
    kind: 'finding' as const,
    text: `Batch review ${n}: the plan was not reviewed and the case was allowed to drift (paragraph ${index + 1}).`,
    evidence: [['professional_drift', 'allowed to drift'] as ['professional_drift', string]],
  }));
  store.reviews.save(reviewOf({ title: `Serious Case Review: Batch ${n}`, board: 'Batchford LSCB', year: 2016, subject: `Child B${n}` }, passages));
  await new Promise((resolve) => setTimeout(resolve, 20));
}
store.close();
