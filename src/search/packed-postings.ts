import type { Postings } from './bm25.js';

/**
 * A term's postings as held between searches: the passage ids as gaps in 7-bit groups (a frequent
 * term's next passage is rarely 128 away, so one byte), and its counts (one byte each unless a
 * count passes 255). Some 2 bytes a passage, against 5 unpacked: the server holds many more
 * terms ready. Unpacking a million passages takes a few milliseconds.
 */
export interface PackedPostings {
  gaps: Uint8Array;
  counts: Uint8Array | Uint16Array;
}

/** A frequent term as the index worker hands it over: packed, with its best passages by BM25, best first. */
export interface WarmTerm extends PackedPostings {
  best: Int32Array;
}

export function packPostings({ ids, counts }: Postings): PackedPostings {
  const narrow = counts.every((count) => count <= 0xff) ? Uint8Array.from(counts) : counts;
  const gaps = new Uint8Array(ids.length * 5);
  let at = 0;
  let previous = 0;
  for (let index = 0; index < ids.length; index++) {
    let gap = ids[index]! - previous;
    previous = ids[index]!;
    while (gap >= 0x80) {
      gaps[at++] = (gap & 0x7f) | 0x80;
      gap >>>= 7;
    }
    gaps[at++] = gap;
  }
  return { gaps: gaps.slice(0, at), counts: narrow };
}

export function unpackPostings({ gaps, counts }: PackedPostings): Postings {
  const ids = new Int32Array(counts.length);
  let previous = 0;
  for (let at = 0, index = 0; index < ids.length; index++) {
    let gap = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = gaps[at++]!;
      gap |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    previous += gap;
    ids[index] = previous;
  }
  return { ids, counts: counts instanceof Uint16Array ? counts : Uint16Array.from(counts) };
}

/** Bytes held. */
export function packedSize(packed: PackedPostings): number {
  return packed.gaps.byteLength + packed.counts.byteLength;
}
