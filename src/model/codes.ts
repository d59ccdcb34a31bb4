// Human codes (issue 11): a researcher's judgement of one theme on one passage.
import type { ThemeId } from './themes.js';

/** confirm: the machine's tag is right; reject: it is wrong; add: a theme the machine missed. */
export const DECISIONS = ['confirm', 'reject', 'add'] as const;
export type Decision = (typeof DECISIONS)[number];

export function isDecision(value: unknown): value is Decision {
  return typeof value === 'string' && (DECISIONS as readonly string[]).includes(value);
}

/** Where a theme of a passage came from, as pages show it: the machine's layer or a human's decision. */
export type TagOrigin = 'pattern' | 'model' | 'confirmed' | 'added' | 'rejected';

/** One code as given: by the API, the CLI, the coding queue or an import. */
export interface CodeInput {
  passage_id: number;
  theme: string;
  decision: string;
  coder: string;
  memo?: string;
  /** ISO 8601; now when absent (an import keeps the time the code was made elsewhere). */
  at?: string;
  lexicon_version?: string;
  model_version?: string | null;
}

/**
 * A stored human code. `passage_id` is where it is attached now: null when the passage's review was
 * re-ingested and no passage of the new review has the same text. The anchor (`review_sha256`,
 * `passage_seq`, `text_sha256`) is the passage it was made on.
 */
export interface HumanCode {
  id: number;
  passage_id: number | null;
  review_sha256: string;
  passage_seq: number;
  text_sha256: string;
  theme: ThemeId;
  decision: Decision;
  coder: string;
  memo: string;
  at: string;
  lexicon_version: string;
  model_version: string | null;
}

/** Which codes to list; every field set must hold. */
export interface CodeFilter {
  coder?: string;
  theme?: ThemeId;
  /** Review id: codes attached to its passages. */
  review_id?: number;
  passage_id?: number;
  decision?: Decision;
}

/** The versions judged against, recorded with every code of a batch that does not name its own. */
export interface JudgedVersions {
  lexicon_version: string;
  model_version: string | null;
}
