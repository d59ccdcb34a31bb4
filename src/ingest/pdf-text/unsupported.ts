/**
 * The one signal the fast text reader throws: the document uses something it does not read, or
 * reads doubtfully (encryption, a Type3 font, a damaged xref, a hostile size). The caller then
 * reads the whole document with pdf.js instead, so a document is never half read by each.
 */
export class Unsupported extends Error {
  constructor(reason: string) {
    super(`fast text reader: ${reason}`);
    this.name = 'Unsupported';
  }
}

export function unsupported(reason: string): never {
  throw new Unsupported(reason);
}

/** Bounds on the work one document may cause; past any of them pdf.js reads it instead. */
export const LIMITS = {
  /** Objects in the cross-reference table. */
  objects: 200_000,
  /** Bytes one stream may inflate to. */
  streamBytes: 32 * 1024 * 1024,
  /** Bytes all the streams of one document may inflate to. */
  documentBytes: 256 * 1024 * 1024,
  /** Arrays and dictionaries nested in one another. */
  depth: 64,
  /** Content-stream operators across the document. */
  operators: 5_000_000,
  /** Cross-reference sections followed through /Prev. */
  xrefSections: 64,
  /** Levels of the page tree. */
  pageTreeDepth: 32,
  /** q operators open at once. */
  stateDepth: 256,
} as const;
