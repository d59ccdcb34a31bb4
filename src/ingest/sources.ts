import { createHash } from 'node:crypto';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { DocumentError } from '../errors.js';
import { AGE_BANDS, CATALOGUE_FIELDS, HARMS, REVIEW_TYPES, SEXES } from '../model/review.js';
import type { MetaOverrides } from './metadata.js';
import { assertPdfHeader } from './pdf-header.js';

/**
 * Expands the command line's files and folders into PDF paths, in a stable order.
 * A folder contributes every *.pdf inside it, at any depth. A named file is kept even when it
 * cannot be read, so that it is reported as a failure of the batch rather than stopping it.
 */
export async function findPdfs(targets: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const target of targets) {
    const absolute = path.resolve(target);
    const info = await stat(absolute).catch(() => null);
    if (info?.isDirectory()) {
      const entries = await readdir(absolute, { recursive: true, withFileTypes: true });
      const pdfs = entries.filter((entry) => !entry.isDirectory() && /\.pdf$/i.test(entry.name)).map((entry) => path.join(entry.parentPath, entry.name));
      found.push(...pdfs.sort());
    } else {
      found.push(absolute);
    }
  }
  return [...new Set(found)];
}

/** Reads a PDF's bytes and hash, refusing files larger than the configured limit before reading them. */
export async function readSource(file: string, maxBytes: number): Promise<{ bytes: Uint8Array; sha256: string }> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    size = info.size;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    const why = code === 'ENOENT' ? 'it does not exist or is a broken link' : code === 'EACCES' ? 'permission denied' : code;
    throw new DocumentError(`the file cannot be read (${why}).`, 'unreadable');
  }
  if (size > maxBytes) {
    // MB as the setting counts them (1024 x 1024 bytes), so a 200 setting reads "200 MB".
    throw new DocumentError(`the file is ${(size / MB).toFixed(0)} MB, over the ${Math.round(maxBytes / MB)} MB limit (--max-pdf-mb, LESSONS_MAX_PDF_MB). Split it or raise the limit.`, 'too_large');
  }
  let bytes: Buffer;
  try {
    bytes = await readPdfBytes(file, size);
  } catch (err) {
    if (err instanceof DocumentError) throw err;
    throw new DocumentError(`the file cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'}). Check its permissions.`, 'unreadable');
  }
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Reads the first KB and refuses a file that is not a PDF before reading the rest. */
async function readPdfBytes(file: string, size: number): Promise<Buffer> {
  const handle = await open(file);
  try {
    const head = Buffer.alloc(Math.min(size, 1024));
    await handle.read(head, 0, head.length, 0);
    if (size > 0) assertPdfHeader(head);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

const MB = 1024 * 1024;

const FIELDS = new Set(['title', 'board', 'subject', 'year', 'author', ...CATALOGUE_FIELDS]);
/** The catalogue fields whose values come from a fixed list. */
const CHOICES: Partial<Record<string, readonly string[]>> = { review_type: REVIEW_TYPES, age_band: AGE_BANDS, sex: SEXES, harm: HARMS };

/**
 * Metadata that completes or overrides what the PDF says: `NAME.pdf.json` beside the file, else
 * the file's entry in `manifest.json` in the same folder. A malformed sidecar is an error naming it.
 */
export async function readSidecar(file: string): Promise<MetaOverrides | undefined> {
  const own = await readJson(`${file}.json`);
  if (own !== undefined) return validateOverrides(own, `${file}.json`);
  const manifestPath = path.join(path.dirname(file), 'manifest.json');
  const manifest = await readJson(manifestPath);
  if (manifest === undefined) return undefined;
  const entry = (manifest as Record<string, unknown>)[path.basename(file)];
  return entry === undefined ? undefined : validateOverrides(entry, `${manifestPath} ("${path.basename(file)}")`);
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new DocumentError(`its metadata file ${file} is not valid JSON (${(err as Error).message}).`, 'unreadable');
  }
}

function validateOverrides(value: unknown, source: string): MetaOverrides {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DocumentError(`its metadata file ${source} must hold an object like {"author": "...", "year": 2016}.`, 'unreadable');
  }
  for (const [key, field] of Object.entries(value)) {
    if (!FIELDS.has(key)) throw new DocumentError(`its metadata file ${source} has an unknown key "${key}"; expected ${[...FIELDS].join(', ')}.`, 'unreadable');
    const choices = CHOICES[key];
    if (choices && !choices.includes(field as string)) throw new DocumentError(`its metadata file ${source} has a bad "${key}" ${JSON.stringify(field)}: use one of ${choices.join(', ')}.`, 'unreadable');
    const ok = key === 'year' ? Number.isInteger(field) : typeof field === 'string';
    if (!ok) throw new DocumentError(`its metadata file ${source} has a bad "${key}": expected ${key === 'year' ? 'a whole number' : 'text'}.`, 'unreadable');
  }
  return value as MetaOverrides;
}
