/**
 * One passage read by wink-nlp, as parallel arrays over its tokens (a layout that keeps the
 * matcher's inner loop free of object allocation). Offsets are into the text that was read.
 * The arrays are plain arrays of small integers, not typed arrays: V8 allocates a typed array of
 * more than 64 bytes outside its heap, at some 0.5 µs apiece, which would cost more than it saves
 * on arrays of a few dozen tokens.
 */
export interface TokenTable {
  count: number;
  /** Lower-case surface form. */
  lower: string[];
  /** The bits of the word lists that hold the lower-case form (word-flags.ts). */
  flags: number[];
  /** Match key: Porter2 stem of the lemma (see word-key.ts). */
  keys: string[];
  /**
   * For a word negated by its prefix, the key of the word without it ("unseen" -> "see",
   * "unaware" -> "awar"), so that a pattern asking for a negated "see" also finds "went unseen".
   */
  unKeys: Array<string | undefined>;
  /** Universal POS tag from wink ("VERB", "AUX", "PUNCT", ...). */
  pos: string[];
  /** 1 where the token lies inside the scope of a negation cue (see negation.ts). */
  negated: number[];
  start: number[];
  end: number[];
  /** The clause number of each token, rising at each clause boundary (see clauses.ts). */
  clauses: number[];
  /** Sentences as [first token, last token + 1). */
  sentences: Array<[number, number]>;
}
