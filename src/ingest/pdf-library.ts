/**
 * pdf-parse through one door. It loads pdf.js's legacy build, whose core-js polyfills replace two
 * natives that Node 20 already has, Array.prototype.push and JSON.parse, with slower versions for
 * the whole thread (push measured 3x slower, which slows segmentation and tagging too). pdf.js
 * loads its worker module, with its own copy of the polyfills, when it opens the first document,
 * so `restoreNatives` runs after each document is opened. The polyfills that fill real gaps in
 * Node 20 (Promise.withResolvers, the new Set methods, ...) stay.
 */
const nativePush = Array.prototype.push;
const nativeParse = JSON.parse;

export function restoreNatives(): void {
  if (Array.prototype.push !== nativePush) {
    Object.defineProperty(Array.prototype, 'push', { value: nativePush, writable: true, configurable: true, enumerable: false });
  }
  if (JSON.parse !== nativeParse) {
    Object.defineProperty(JSON, 'parse', { value: nativeParse, writable: true, configurable: true, enumerable: false });
  }
}

export type PdfLibrary = typeof import('pdf-parse');
let library: Promise<PdfLibrary> | undefined;

/**
 * pdf-parse, loaded on first use: the fast text-layer reader reads most documents, so a reader
 * thread that never falls back to pdf.js never pays for loading it (time and heap).
 */
export function pdfLibrary(): Promise<PdfLibrary> {
  library ??= import('pdf-parse').then((module) => {
    restoreNatives();
    return module;
  });
  return library;
}
