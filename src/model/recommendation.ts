// A recommendation read into who is asked to do what: read once, where passages are tagged
// (ingest, retag, a draft), and stored with its passage.

/**
 * How strongly a recommendation asks: "must" (also "shall", "needs to"), "should" (also "is
 * recommended to", "That X review ..."), "is asked to", "to consider" ("X to consider ..."), "will".
 */
export type Strength = 'must' | 'should' | 'is asked to' | 'to consider' | 'will';

/** A recommendation read into who is asked to do what. */
export interface RecommendationParts {
  /** Who is asked to act, as written ("The Riverside Safeguarding Children Partnership"); null when the sentence names no one, as in a passive ask. */
  addressee: string | null;
  strength: Strength | null;
  /** The ask's verb, in its plain form ("ensure", "seek", "revise"); null when none was found. */
  verb: string | null;
  /** What the verb is asked of, up to the first clause that says why or when ("that children ... are seen"). */
  object: string | null;
}

/** A recommendation passage's ask as stored: the sentence that asks, read into its parts. */
export interface RecommendationAsk {
  sentence: string;
  parts: RecommendationParts;
}
