import { inflateRawSync } from 'node:zlib';
import { DocumentError } from '../errors.js';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** The parts a Word reader parses as XML; media (images) are never unpacked for the text. */
const PARSED_PART = /\.(xml|rels)$/i;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localHeader: number;
}

/**
 * Refuses a .docx whose XML parts would unpack to more than `limitBytes` before anything unzips
 * it: a few hundred KB of zip can hold a document.xml of gigabytes (a zip bomb). The sizes the zip
 * declares are checked first; then each part is inflated, stopping as soon as the running total
 * passes the limit, since a zip can lie about its sizes.
 * assertDocxInflates(bytes, 50 * 1024 * 1024, 50)
 */
export function assertDocxInflates(bytes: Uint8Array, limitBytes: number, limitMb: number): void {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const parts = readDirectory(data).filter((entry) => PARSED_PART.test(entry.name));
  const tooLarge = () =>
    new DocumentError(`it unpacks to more than ${limitMb} MB of document text, more than a review holds (a Word file is a zip, and this one may be a zip bomb). Save the draft again from Word, or ask the administrator to raise the limit (setting --max-docx-xml-mb, LESSONS_MAX_DOCX_XML_MB).`, 'too_large');
  if (parts.reduce((sum, entry) => sum + entry.declaredSize, 0) > limitBytes) throw tooLarge();
  let total = 0;
  for (const entry of parts) {
    total += inflatedSize(data, entry, limitBytes - total + 1);
    if (total > limitBytes) throw tooLarge();
  }
}

function readDirectory(data: Buffer): ZipEntry[] {
  const end = findEndOfDirectory(data);
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== DIRECTORY_ENTRY) throw damaged();
    const nameLength = data.readUInt16LE(at + 28);
    entries.push({
      method: data.readUInt16LE(at + 10),
      compressedSize: data.readUInt32LE(at + 20),
      declaredSize: data.readUInt32LE(at + 24),
      name: data.toString('utf8', at + 46, at + 46 + nameLength),
      localHeader: data.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
  return entries;
}

/** The end-of-directory record sits in the last 22 bytes, or before a comment of up to 64 KB. */
function findEndOfDirectory(data: Buffer): number {
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - 0xffff); at -= 1) {
    if (data.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw damaged();
}

/** The part's size once inflated, counting no further than `budget` bytes. */
function inflatedSize(data: Buffer, entry: ZipEntry, budget: number): number {
  const header = entry.localHeader;
  if (header + 30 > data.length || data.readUInt32LE(header) !== LOCAL_HEADER) throw damaged();
  const start = header + 30 + data.readUInt16LE(header + 26) + data.readUInt16LE(header + 28);
  const compressed = data.subarray(start, start + entry.compressedSize);
  if (entry.method === STORED) return compressed.length;
  if (entry.method !== DEFLATED) throw damaged();
  try {
    return inflateRawSync(compressed, { maxOutputLength: Math.max(1, budget) }).length;
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return budget;
    throw damaged();
  }
}

function damaged(): DocumentError {
  return new DocumentError('it is not a readable Word document: it is damaged or incomplete. Open it in Word, save it again as .docx and check the new file.', 'corrupt');
}
