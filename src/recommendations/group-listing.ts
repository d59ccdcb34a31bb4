import { corpusPassageRef } from '../check/citations.js';
import type { CorpusPassageRef } from '../check/passage-refs.js';
import { InputError } from '../errors.js';
import { isThemeId, THEME_IDS, type ThemeId } from '../model/themes.js';
import type { AskCorpus, AskGroup, GroupedAsk } from './ask-corpus.js';

export interface GroupFilter {
  theme: ThemeId | null;
  year: number | null;
  board: string | null;
  /** One group, by id (the link from a review page). */
  group: number | null;
}

/** A group of recommendations as /recommendations lists it. */
export interface GroupSummary {
  id: number;
  /** The typical wording: the member most like the others. */
  wording: string;
  verb: string | null;
  object: string | null;
  reviews: number;
  boards: number;
  first_year: number | null;
  last_year: number | null;
  themes: string[];
  /** Reviews making the ask, per year, every year from the first to the last. */
  by_year: Array<{ year: number; reviews: number }>;
  members: Array<CorpusPassageRef & { sentence: string }>;
}

export interface RecommendationGroups {
  filters: GroupFilter;
  /** Review type is not stored yet (issue 12), so it cannot be filtered on. */
  note: string;
  recommendations: number;
  groups_total: number;
  groups: GroupSummary[];
}

const NOTE = 'Filter by theme, year and board. Review type (serious case review, child safeguarding practice review) is not stored yet, so it cannot be filtered on.';

/** Reads the filter parameters; a bad value is a 400 that says what is allowed. */
export function groupFilter(params: Record<string, string | undefined>): GroupFilter {
  const theme = params.theme || null;
  if (theme !== null && !isThemeId(theme)) throw new InputError(`unknown theme "${theme}": use one of ${THEME_IDS.join(', ')}.`, 'bad_parameter');
  const number = (name: string): number | null => {
    const value = params[name];
    if (!value) return null;
    if (!/^\d+$/.test(value)) throw new InputError(`"${name}" must be a whole number, not "${value}".`, 'bad_parameter');
    return Number(value);
  };
  return { theme: theme as ThemeId | null, year: number('year'), board: params.board || null, group: number('group') };
}

/**
 * The groups with members matching the filter, made of those members, the most reviews first.
 * A theme keeps a group when any member is tagged with it (most recommendations carry the theme
 * of the finding they answer, not all).
 */
export function listGroups(corpus: AskCorpus, filter: GroupFilter, limit: number): RecommendationGroups {
  const matches = (member: GroupedAsk): boolean =>
    (filter.year === null || member.row.year === filter.year) && (filter.board === null || member.row.board === filter.board);
  const summaries: GroupSummary[] = [];
  let recommendations = 0;
  for (const group of corpus.groups.values()) {
    if (filter.group !== null && group.id !== filter.group) continue;
    const members = group.members.filter(matches);
    if (members.length === 0) continue;
    if (filter.theme !== null && !group.members.some((member) => member.themes.includes(filter.theme as string))) continue;
    recommendations += members.length;
    summaries.push(summarise(group, members));
  }
  summaries.sort((a, b) => b.reviews - a.reviews || (a.first_year ?? 0) - (b.first_year ?? 0) || a.id - b.id);
  return { filters: filter, note: NOTE, recommendations, groups_total: summaries.length, groups: summaries.slice(0, limit) };
}

function summarise(group: AskGroup, members: readonly GroupedAsk[]): GroupSummary {
  const span = reviewSpan(members);
  const byYear = new Map<number, Set<number>>();
  for (const member of members) if (member.row.year !== null) byYear.set(member.row.year, (byYear.get(member.row.year) ?? new Set()).add(member.row.review_id));
  const years = span.first_year === null || span.last_year === null ? [] : Array.from({ length: span.last_year - span.first_year + 1 }, (_, at) => (span.first_year as number) + at);
  return {
    id: group.id,
    wording: group.typical.ask.sentence,
    verb: group.typical.ask.parts.verb,
    object: group.typical.ask.parts.object,
    ...span,
    boards: new Set(members.map((member) => member.row.board)).size,
    themes: [...new Set(members.flatMap((member) => member.themes))].sort(),
    by_year: years.map((year) => ({ year, reviews: byYear.get(year)?.size ?? 0 })),
    members: members.map((member) => ({ ...corpusPassageRef(member.row), sentence: member.ask.sentence })),
  };
}

/** How many reviews made an ask, and in which years first and last. */
export function reviewSpan(members: readonly GroupedAsk[]): { reviews: number; first_year: number | null; last_year: number | null } {
  const years = members.map((member) => member.row.year).filter((year): year is number => year !== null);
  return {
    reviews: new Set(members.map((member) => member.row.review_id)).size,
    first_year: years.length > 0 ? Math.min(...years) : null,
    last_year: years.length > 0 ? Math.max(...years) : null,
  };
}

/** "asked by 7 reviews since 2011": a recommendation's group in a few words, for its review page. */
export function groupLine(group: AskGroup): string {
  const { reviews, first_year } = reviewSpan(group.members);
  return `asked by ${reviews} review${reviews === 1 ? '' : 's'}${first_year !== null ? ` since ${first_year}` : ''}`;
}
