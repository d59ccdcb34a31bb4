import { InputError } from '../errors.js';
import type { ParsedQuery, Term } from './fts-query.js';

/**
 * What one search may ask of FTS5. A prefix term merges the posting lists of every word it
 * starts (`t*` is most of the index), each OR-branch and each term reads another list, and a
 * NEAR group compares positions across all of its terms' lists: 330 `t*` terms took 5 s on a
 * dozen reviews, NEAR of 250 prefixes 13 s. Queries over these limits are refused before they run.
 */
export const QUERY_BUDGET = {
  /** Terms of any kind in one search (words, phrases, prefixes, exclusions). */
  terms: 32,
  /** OR-branches in one search. */
  orBranches: 16,
  /** Prefix terms (`plan*`) in one search. */
  prefixTerms: 4,
  /** Letters a prefix needs before its `*`. */
  prefixLetters: 3,
  /** NEAR groups in one raw search. */
  nearGroups: 2,
  /** Terms in one NEAR group. */
  nearTerms: 6,
  /** The largest distance a NEAR group may ask for. */
  nearDistance: 100,
} as const;

const ADVICE = 'Narrow the search, or split it into several.';

/** Refuses a user's parsed search that would cost FTS5 too much, naming the limit it passes. */
export function assertQueryBudget(query: ParsedQuery): void {
  const terms = [...query.required.flat(), ...query.excluded];
  const branches = query.required.reduce((sum, group) => sum + group.length - 1, 0);
  assertCounts(terms.length, branches, terms.filter((term) => term.prefix).map(prefixOf));
}

/**
 * Refuses a raw FTS5 query that would cost too much, or whose NEAR is malformed (FTS5's own
 * message for `NEAR(a b, x)` names no fix). Reads only what it counts: terms, prefixes, ORs and
 * NEAR groups; everything else is left to FTS5 to judge.
 */
export function assertRawBudget(raw: string): void {
  const tokens = raw.match(/"(?:[^"]|"")*"\*?|[^\s"(),]+|[(),]/g) ?? [];
  let terms = 0;
  let branches = 0;
  let nearGroups = 0;
  const prefixes: string[] = [];
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at]!;
    if (token === 'OR') branches += 1;
    if (token === 'NEAR' && tokens[at + 1] === '(') {
      nearGroups += 1;
      at = readNear(tokens, at + 2);
      continue;
    }
    if (isTerm(token)) {
      terms += 1;
      if (token.endsWith('*')) prefixes.push(token.slice(0, -1).replace(/"/g, ''));
    }
  }
  if (nearGroups > QUERY_BUDGET.nearGroups) refuse(`it has ${nearGroups} NEAR groups; at most ${QUERY_BUDGET.nearGroups} are allowed`, 'near_groups');
  assertCounts(terms, branches, prefixes);
}

/** Checks one NEAR group's terms and distance; returns the index of its closing parenthesis. */
function readNear(tokens: string[], from: number): number {
  let terms = 0;
  let at = from;
  for (; at < tokens.length && tokens[at] !== ')'; at += 1) {
    const token = tokens[at]!;
    if (token === ',') {
      const distance = tokens[at + 1] ?? '';
      if (!/^\d+$/.test(distance) || tokens[at + 2] !== ')') {
        throw new InputError(`the search could not be understood: NEAR's distance must be a whole number before the closing parenthesis, as in NEAR(drift delay, 10), not "${distance}".`, 'bad_query');
      }
      if (Number(distance) > QUERY_BUDGET.nearDistance) refuse(`NEAR's distance ${distance} is over the limit of ${QUERY_BUDGET.nearDistance}`, 'near_distance');
      at += 1;
      continue;
    }
    if (token.endsWith('*')) refuse('a NEAR group cannot hold prefix terms (word*): they make it compare every word the prefix starts', 'near_prefix');
    if (isTerm(token)) terms += 1;
  }
  if (terms > QUERY_BUDGET.nearTerms) refuse(`a NEAR group has ${terms} terms; at most ${QUERY_BUDGET.nearTerms} are allowed`, 'near_terms');
  return at;
}

function assertCounts(terms: number, branches: number, prefixes: string[]): void {
  if (terms > QUERY_BUDGET.terms) refuse(`it has ${terms} terms; at most ${QUERY_BUDGET.terms} are allowed`, 'too_many_terms');
  if (branches > QUERY_BUDGET.orBranches) refuse(`it has ${branches} ORs; at most ${QUERY_BUDGET.orBranches} are allowed`, 'too_many_ors');
  if (prefixes.length > QUERY_BUDGET.prefixTerms) refuse(`it has ${prefixes.length} prefix terms (word*); at most ${QUERY_BUDGET.prefixTerms} are allowed`, 'too_many_prefixes');
  const short = prefixes.find((prefix) => [...prefix].length < QUERY_BUDGET.prefixLetters);
  if (short !== undefined) refuse(`the prefix "${short}*" is too short; a prefix needs at least ${QUERY_BUDGET.prefixLetters} letters before the *`, 'short_prefix');
}

function prefixOf(term: Term): string {
  return term.words[term.words.length - 1] ?? '';
}

function isTerm(token: string): boolean {
  return !['AND', 'OR', 'NOT', 'NEAR', '(', ')', ',', '*', '^', '+', '-', ':'].includes(token) && /[\p{L}\p{N}]/u.test(token);
}

function refuse(reason: string, limit: string): never {
  throw new InputError(`the search would cost too much: ${reason}. ${ADVICE}`, `query_limit_${limit}`);
}
