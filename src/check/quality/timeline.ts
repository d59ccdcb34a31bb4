import type { TaggedPassage } from '../../model/review.js';
import { REVIEW_EVENTS, type ReviewEvent, type TimelineDetector } from './criteria-file.js';
import { compileCues, type Span } from './cues.js';
import { monthsBetween, readDates, readMonthCount, type DraftDate } from './dates.js';
import type { Detection, DraftContext } from './draft-context.js';
import type { QualityMeasures } from './types.js';

type Measures = Extract<QualityMeasures, { kind: 'timeline' }>;

interface Dated {
  event: ReviewEvent;
  date: DraftDate;
  passage: TaggedPassage;
  marks: Span[];
}

/**
 * "Dates -> months": a sentence (outside the recommendations, whose dates are deadlines) that
 * names an event of the review and a date dates the event by the date nearest its words; the
 * months from commissioning to completion (or publication) are set against the draft's own
 * stated timescale, or `max_months`.
 */
export function detectTimeline(detector: TimelineDetector, draft: DraftContext): Detection<Measures> {
  const events = REVIEW_EVENTS.map((event) => ({ event, cues: compileCues(detector.events[event], draft.child) }));
  const timescale = compileCues(detector.timescale_cues, draft.child);
  const mentions: Dated[] = [];
  let stated: { months: number; passage: TaggedPassage; marks: Span[] } | null = null;
  for (const passage of draft.passages) {
    if (passage.kind === 'recommendation') continue;
    for (const [from, to] of passage.sentences) {
      const sentence = passage.text.slice(from, to);
      const shift = (span: Span) => ({ start: span.start + from, end: span.end + from });
      const timescaleMarks: Span[] | null = stated ? null : timescale.match(sentence);
      const months: number | null = timescaleMarks ? readMonthCount(sentence) : null;
      if (timescaleMarks && months !== null) stated = { months, passage, marks: timescaleMarks.map(shift) };
      const dates = readDates(sentence);
      if (dates.length === 0) continue;
      for (const { event, cues } of events) {
        const marks = cues.match(sentence);
        if (!marks) continue;
        const date = nearest(dates, marks);
        mentions.push({ event, date: { ...date, ...shift(date) }, passage, marks: [...marks, date].map(shift) });
      }
    }
  }
  const dated = chooseDates(mentions);
  const start = dated.get('commissioned');
  const end = dated.get('completed') ?? dated.get('published');
  const limit = stated?.months ?? detector.max_months;
  const months = start && end ? monthsBetween(start.date, end.date) : null;
  const overLimit = months !== null && months > limit;
  return {
    verdict: months !== null ? (overLimit ? 'partly' : 'met') : start || end ? 'partly' : 'not found',
    finding: describe(dated, months, limit, stated !== null),
    evidence: draft.citeAll([...dated.values(), ...(stated ? [stated] : [])]),
    measures: {
      kind: 'timeline',
      dates: REVIEW_EVENTS.flatMap((event) => {
        const found = dated.get(event);
        return found ? [{ event, date: found.date.text, iso: isoDate(found.date), citation: draft.cite(found.passage, []).citation }] : [];
      }),
      months,
      limit_months: limit,
      stated_timescale: stated !== null,
      over_limit: overLimit,
    },
  };
}

/**
 * One date per event, its first mention; for completion and publication, the first not before the
 * commissioning, since a chronology's "the health visitor completed a review in January 2019" is
 * not the review's own (and an action plan's later "completed by" dates are deadlines).
 */
function chooseDates(mentions: readonly Dated[]): Map<ReviewEvent, Dated> {
  const chosen = new Map<ReviewEvent, Dated>();
  for (const event of ['incident', 'commissioned'] as const) {
    const first = mentions.find((mention) => mention.event === event);
    if (first) chosen.set(event, first);
  }
  const start = chosen.get('commissioned');
  for (const event of ['completed', 'published'] as const) {
    const first = mentions.find((mention) => mention.event === event && (!start || monthsBetween(start.date, mention.date) >= 0));
    if (first) chosen.set(event, first);
  }
  return chosen;
}

/** The date closest to the event's words, so "met on 4 November and agreed on 11 November to commission" dates the commissioning 11 November. */
function nearest(dates: readonly DraftDate[], marks: readonly Span[]): DraftDate {
  const distance = (date: DraftDate) => Math.min(...marks.map((mark) => (date.start >= mark.end ? date.start - mark.end : mark.start >= date.end ? mark.start - date.end : 0)));
  return dates.reduce((best, date) => (distance(date) < distance(best) ? date : best));
}

function isoDate(date: DraftDate): string {
  return [String(date.year), String(date.month).padStart(2, '0'), ...(date.day === null ? [] : [String(date.day).padStart(2, '0')])].join('-');
}

function describe(dated: ReadonlyMap<ReviewEvent, Dated>, months: number | null, limit: number, stated: boolean): string {
  const dates = [...dated.values()].map((found) => `${found.event} ${found.date.text}`);
  if (!dated.has('commissioned') && !dated.has('completed') && !dated.has('published')) {
    return `No dates for the review itself (commissioned, completed, published) were found${dates.length > 0 ? ` (only ${dates.join(', ')})` : ''}.`;
  }
  const against = `${limit} months${stated ? ', the timescale the draft states' : ''}`;
  if (months === null) return `Dates found: ${dates.join(', ')}; the ${dated.has('commissioned') ? 'completion' : 'commissioning'} date was not found, so the time taken is unknown.`;
  return `Dates found: ${dates.join(', ')}. The review took ${months} months${months > limit ? `, over the ${against}` : `, within ${against}`}.`;
}
