/**
 * The text layer alone: reads every page's text items of the PDFs in a folder (default the
 * 200-report bench corpus), first with the fast reader (src/ingest/pdf-text/), then with pdf.js,
 * in this one process, and prints each one's CPU milliseconds a page, how many documents the fast
 * reader left to pdf.js, and the load average.
 *
 *   npx tsx scripts/bench-pdf-text.ts [folder] [--limit n]
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { scriptArgs } from './script-args.js';
import { readPdf } from '../src/ingest/pdf-read.js';
import { readTextLayer } from '../src/ingest/pdf-text/read-text-layer.js';
import { loadLine } from './bench/processes.js';

const { values, positionals } = scriptArgs(import.meta.url, { options: { limit: { type: 'string' } }, allowPositionals: true });
const dir = path.resolve(positionals[0] ?? '.bench/corpus-200');
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.pdf'))
  .sort()
  .slice(0, Number(values.limit ?? Infinity))
  .map((name) => new Uint8Array(readFileSync(path.join(dir, name))));

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

let pages = 0;
let fellBack = 0;
const fastStart = process.cpuUsage();
for (const bytes of files) {
  const layer = readTextLayer(bytes);
  if (layer) pages += layer.pages.length;
  else fellBack += 1;
}
const fast = cpuMs(fastStart);

let pdfjsPages = 0;
const pdfjsStart = process.cpuUsage();
for (const bytes of files) pdfjsPages += (await readPdf(bytes, { pdfjsOnly: true })).pages.length;
const pdfjs = cpuMs(pdfjsStart);

console.log(`${files.length} PDFs from ${dir} (${loadLine()})`);
console.log(`fast reader  ${(fast / Math.max(1, pages)).toFixed(3)} CPU-ms a page over ${pages} pages; ${fellBack} documents left to pdf.js`);
console.log(`pdf.js       ${(pdfjs / Math.max(1, pdfjsPages)).toFixed(3)} CPU-ms a page over ${pdfjsPages} pages`);
