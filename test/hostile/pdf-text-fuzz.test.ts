import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { extractTextLayer } from '../../src/ingest/pdf-text/read-text-layer.js';
import { Unsupported } from '../../src/ingest/pdf-text/unsupported.js';
import { CORPUS } from '../support/corpus.js';

const corpusFiles = readdirSync(CORPUS)
  .filter((name) => name.endsWith('.pdf'))
  .sort()
  .slice(0, 4)
  .map((name) => new Uint8Array(readFileSync(path.join(CORPUS, name))));

/** The reader's promise: pages with finite figures, or the fallback signal (pdf.js reads it); nothing else. */
function expectReadOrFallback(bytes: Uint8Array): void {
  let layer;
  try {
    layer = extractTextLayer(bytes);
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    return;
  }
  for (const page of layer.pages) {
    for (const item of page.items) expect([item.x, item.y, item.width, item.size].every(Number.isFinite)).toBe(true);
  }
}

type Mutation = { kind: 'set'; at: number; byte: number } | { kind: 'cut'; at: number; length: number } | { kind: 'copy'; at: number; length: number; to: number } | { kind: 'truncate'; at: number };

function mutate(source: Uint8Array, mutations: Mutation[]): Uint8Array {
  let bytes = source.slice();
  for (const mutation of mutations) {
    const at = Math.floor(mutation.at * bytes.length);
    switch (mutation.kind) {
      case 'set':
        bytes[at] = mutation.byte;
        break;
      case 'cut':
        bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + mutation.length)]);
        break;
      case 'copy': {
        const to = Math.floor(mutation.to * bytes.length);
        bytes = Buffer.concat([bytes.subarray(0, to), bytes.subarray(at, at + mutation.length), bytes.subarray(to)]);
        break;
      }
      case 'truncate':
        bytes = bytes.subarray(0, at);
        break;
    }
  }
  return bytes;
}

const unit = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: unit, byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: unit, length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ kind: fc.constant('copy' as const), at: unit, length: fc.integer({ min: 1, max: 512 }), to: unit }),
  fc.record({ kind: fc.constant('truncate' as const), at: unit }),
);

test('when the reader is given random bytes, with or without a PDF header, then it reads them or falls back, throws nothing but the fallback signal', () => {
  fc.assert(
    fc.property(fc.boolean(), fc.uint8Array({ maxLength: 4096 }), (header, body) => {
      expectReadOrFallback(header ? new Uint8Array([...Buffer.from('%PDF-1.7\n'), ...body]) : body);
    }),
    { numRuns: 500, seed: 17 },
  );
});

test('when corpus PDFs are randomly damaged, then the reader reads them or falls back, throws nothing but the fallback signal', () => {
  expect(corpusFiles.length).toBe(4);
  fc.assert(
    fc.property(fc.integer({ min: 0, max: corpusFiles.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (file, mutations) => {
      expectReadOrFallback(mutate(corpusFiles[file]!, mutations));
    }),
    { numRuns: 400, seed: 17 },
  );
}, 120_000);
