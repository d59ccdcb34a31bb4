import { InputError } from '../errors.js';
import type { Decision } from '../model/codes.js';
import { isThemeId, THEME_IDS, type ThemeId } from '../model/themes.js';
import { citationText } from '../search/citation.js';
import type { CodeStore } from '../store/code-store.js';
import type { CodingQueries } from '../store/coding-queries.js';
import type { SearchQueries } from '../store/search-queries.js';
import { drawSample } from './sampling.js';

/** tagged: passages the machine tagged with the theme (measures precision); untagged: the rest (recall). */
export type SampleKind = 'tagged' | 'untagged';

export interface QueueRequest {
  theme: ThemeId;
  sample: SampleKind;
  seed: number;
  size: number;
  coder: string;
  /** Passages skipped in this session: shown again only when nothing else is left. */
  skip: number[];
  /** One passage to judge instead of a sample (from a search result or a review page). */
  passage: number | null;
}

/** The passage to judge now, with the machine's evidence for the theme. */
export interface QueuePassage {
  passage_id: number;
  review: { id: number; title: string; board: string; year: number | null };
  citation: string;
  page: number;
  paragraph: string | null;
  section: string;
  kind: string;
  text: string;
  /** The machine tagged the theme here: accepting confirms it, else accepting adds it. */
  machine: boolean;
  /** The machine's evidence for the theme: spans inside `text`. */
  evidence: Array<{ start: number; end: number; source: string; pattern: string }>;
}

/** What `/code` shows and `/api/code` answers: the sample, progress, and the next passage. */
export interface CodingQueue extends QueueRequest {
  /** Passages the sample was drawn from. */
  population: number;
  /** The sample, in the order drawn, with this coder's decision on each (null: not judged). */
  items: Array<{ passage_id: number; decision: Decision | null }>;
  judged: number;
  /** The next passage not judged (skipped ones last), or null when all are judged. */
  next: QueuePassage | null;
}

export const DEFAULT_SAMPLE_SIZE = 20;
const MAX_SAMPLE_SIZE = 1000;

export interface QueueInput {
  theme?: string | undefined;
  sample?: string | undefined;
  seed?: string | number | undefined;
  size?: string | number | undefined;
  coder?: string | undefined;
  skip?: string | undefined;
  passage?: string | undefined;
}

/** Validates the queue's parameters; each error names its parameter. */
export function queueRequest(input: QueueInput, defaultCoder: string): QueueRequest {
  const theme = input.theme?.trim() || THEME_IDS[0];
  if (!isThemeId(theme)) throw new InputError(`theme: unknown theme "${theme}"; choose one of ${THEME_IDS.join(', ')}`, 'bad_theme');
  const sample = input.sample?.trim() || 'tagged';
  if (sample !== 'tagged' && sample !== 'untagged') throw new InputError(`sample: "${sample}" is not tagged (precision) or untagged (recall)`, 'bad_sample');
  const seed = whole(input.seed, 'seed', 1, 0, 2 ** 32 - 1);
  const size = whole(input.size, 'size', DEFAULT_SAMPLE_SIZE, 1, MAX_SAMPLE_SIZE);
  const skip = (input.skip ?? '').split(',').filter(Boolean).map((id) => whole(id, 'skip', 0, 1, Number.MAX_SAFE_INTEGER));
  const passage = input.passage ? whole(input.passage, 'passage', 0, 1, Number.MAX_SAFE_INTEGER) : null;
  return { theme, sample, seed, size, coder: input.coder?.trim() || defaultCoder, skip, passage };
}

function whole(value: string | number | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) throw new InputError(`${name}: must be a whole number from ${min} to ${max}, not "${value}"`, `bad_${name}`);
  return number;
}

export interface QueueDeps {
  codes: CodeStore;
  coding: CodingQueries;
  passages: Pick<SearchQueries, 'passages' | 'findings'>;
}

/**
 * The coding queue: a reproducible random sample of one theme's tagged or untagged passages
 * (same theme, kind, seed and size: same passages, in the same order), this coder's progress
 * through it, and the next passage to judge with the machine's evidence marked. With `passage`, that
 * one passage is the whole queue.
 */
export function codingQueue(deps: QueueDeps, request: QueueRequest): CodingQueue {
  const tagged = deps.coding.machineTagged(request.theme);
  const population = request.sample === 'tagged' ? tagged : without(deps.coding.passageIds(), tagged);
  if (request.passage !== null && deps.passages.passages([request.passage]).length === 0) throw new InputError(`passage: no passage ${request.passage} in this database`, 'bad_passage');
  const sample = request.passage !== null ? [request.passage] : drawSample(population, request.size, request.seed);
  const decided = new Map(request.coder ? deps.codes.current({ coder: request.coder, theme: request.theme }).map((code) => [code.passage_id, code.decision]) : []);
  const items = sample.map((id) => ({ passage_id: id, decision: decided.get(id) ?? null }));
  const open = items.filter((item) => item.decision === null).map((item) => item.passage_id);
  const skipped = new Set(request.skip);
  const next = open.find((id) => !skipped.has(id)) ?? open[0];
  return {
    ...request,
    population: population.length,
    items,
    judged: items.length - open.length,
    next: next === undefined ? null : queuePassage(deps, next, request.theme, tagged),
  };
}

function without(all: readonly number[], tagged: readonly number[]): number[] {
  const taggedSet = new Set(tagged);
  return all.filter((id) => !taggedSet.has(id));
}

function queuePassage(deps: QueueDeps, id: number, theme: ThemeId, tagged: readonly number[]): QueuePassage {
  const row = deps.passages.passages([id])[0]!;
  const review = { id: row.review_id, title: row.title, board: row.board, year: row.year };
  const evidence = deps.passages
    .findings([id])
    .filter((finding) => finding.theme === theme)
    .map(({ start, end, source, pattern }) => ({ start, end, source, pattern }));
  return {
    passage_id: id,
    review,
    citation: citationText({ id, review, page: row.page, paragraph: row.paragraph, section: row.section, kind: row.kind }),
    page: row.page,
    paragraph: row.paragraph,
    section: row.section,
    kind: row.kind,
    text: row.text,
    machine: tagged.includes(id),
    evidence,
  };
}
