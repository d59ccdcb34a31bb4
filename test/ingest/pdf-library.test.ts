import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { CORPUS } from '../support/corpus.js';

test('when a PDF has been read, then Array.prototype.push and JSON.parse are the native ones again', async () => {
  const push = Array.prototype.push;
  const parse = JSON.parse;
  // Imported here, after the natives are captured: pdf.js's polyfills replace them on load.
  const { readPdf } = await import('../../src/ingest/pdf-read.js');
  const file = readdirSync(CORPUS).find((name) => name.endsWith('.pdf')) as string;
  const { pages } = await readPdf(readFileSync(path.join(CORPUS, file)), { pdfjsOnly: true });
  expect(pages.length).toBeGreaterThan(0);
  expect(Array.prototype.push).toBe(push);
  expect(JSON.parse).toBe(parse);
});
