import type { Db } from './database.js';
import type { CorpusPassageRow } from './passage-rows.js';

/** What lexicon suggestions read: chosen passages with their citations, and every passage's text once. */
export interface SuggestionQueries {
  passages(ids: readonly number[]): CorpusPassageRow[];
  /** Streams every passage's text: the corpus is read once, not held. */
  texts(): Iterable<{ id: number; text: string }>;
  passageCount(): number;
}

export function suggestionQueries(db: Db): SuggestionQueries {
  const one = db.prepare<[number], CorpusPassageRow>(
    'SELECT p.id, p.review_id, p.page, p.paragraph, p.section, p.kind, p.text, r.title, r.board, r.year FROM passages p JOIN reviews r ON r.id = p.review_id WHERE p.id = ?',
  );
  const texts = db.prepare<[], { id: number; text: string }>('SELECT id, text FROM passages ORDER BY id');
  const count = db.prepare<[], number>('SELECT count(*) FROM passages').pluck();
  return {
    passages: (ids) => ids.flatMap((id) => one.get(id) ?? []),
    texts: () => texts.iterate(),
    passageCount: () => count.get()!,
  };
}
