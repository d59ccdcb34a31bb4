/**
 * Makes a scanned copy of a text PDF: every page a slightly turned, specked greyscale picture, the
 * first stamped "RECEIVED", and no text layer (see scripts/scan/scan-pdf.ts). Deterministic for a seed.
 * Run: npx tsx scripts/make-scanned.ts <in.pdf> <out.pdf> [--seed n] [--dpi 200] [--truth file.truth.json]
 * In and out may be the same file: the corpus's scanned reports are made in place (corpus/README.md),
 * and `--truth` marks the report's ground truth `"scanned": true`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { scriptArgs } from './script-args.js';
import { scanPdf } from './scan/scan-pdf.js';

const { positionals, values } = scriptArgs(import.meta.url, { allowPositionals: true, options: { seed: { type: 'string', default: '1' }, dpi: { type: 'string', default: '200' }, truth: { type: 'string' } } });
const [input, output] = positionals;
if (!input || !output) {
  console.error('Usage: npx tsx scripts/make-scanned.ts <in.pdf> <out.pdf> [--seed n] [--dpi 200] [--truth file.truth.json]');
  process.exit(2);
}
const started = performance.now();
const scanned = await scanPdf(readFileSync(input), { seed: Number(values.seed), dpi: Number(values.dpi) });
writeFileSync(output, scanned);
if (values.truth) {
  // "scanned" goes after "generator", where a reader of the file looks for how it was made.
  const { file, generator, scanned: _, ...rest } = JSON.parse(readFileSync(values.truth, 'utf8')) as Record<string, unknown>;
  writeFileSync(values.truth, `${JSON.stringify({ file, generator, scanned: true, ...rest }, null, 2)}\n`);
}
console.log(`Wrote ${output}: ${(scanned.length / 1e6).toFixed(2)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
