import { createHash } from 'node:crypto';
import type { Db } from './database.js';

/** sha256 of a passage's text: what a code's anchor holds, so it never follows a changed text. */
export function textSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A code attached to a review about to be replaced, with what it must find again. */
export interface HeldCode {
  id: number;
  passage_seq: number;
  text_sha256: string;
}

/**
 * Keeps human codes through a re-ingest. When a changed PDF replaces its review, the old passages
 * go (their codes' passage_id becomes NULL); each code then re-attaches to the new review's
 * passage with the same text (the nearest in reading order when the text occurs more than once).
 * A code whose text is gone stays detached and is listed, never moved onto a different text.
 */
export function codeAnchors(db: Db) {
  const attached = db.prepare<[number], HeldCode>('SELECT h.id, h.passage_seq, h.text_sha256 FROM human_codes h JOIN passages p ON p.id = h.passage_id WHERE p.review_id = ?');
  const detachedOf = db.prepare<[string], HeldCode>('SELECT id, passage_seq, text_sha256 FROM human_codes WHERE passage_id IS NULL AND review_sha256 = ?');
  const passages = db.prepare<[number], { id: number; seq: number; text: string }>('SELECT id, seq, text FROM passages WHERE review_id = ?');
  const attach = db.prepare('UPDATE human_codes SET passage_id = ? WHERE id = ?');
  return {
    /** The codes on a review's passages, read before the review is removed. */
    held: (reviewId: number): HeldCode[] => attached.all(reviewId),
    /** Attaches `held` codes (and any detached code made on this very file) to the new review's passages; returns how many attached. */
    reattach(reviewId: number, sha256: string, held: readonly HeldCode[]): number {
      const codes = [...held, ...detachedOf.all(sha256)];
      // Most reviews are new and uncoded: no passage text need be hashed.
      if (codes.length === 0) return 0;
      const bySha = new Map<string, Array<{ id: number; seq: number }>>();
      for (const passage of passages.all(reviewId)) {
        const key = textSha256(passage.text);
        bySha.set(key, [...(bySha.get(key) ?? []), { id: passage.id, seq: passage.seq }]);
      }
      let count = 0;
      for (const code of codes) {
        const candidates = bySha.get(code.text_sha256);
        if (!candidates) continue;
        const nearest = candidates.reduce((best, next) => (Math.abs(next.seq - code.passage_seq) < Math.abs(best.seq - code.passage_seq) ? next : best));
        attach.run(nearest.id, code.id);
        count++;
      }
      return count;
    },
  };
}
