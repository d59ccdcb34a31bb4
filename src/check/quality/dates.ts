import type { Span } from './cues.js';

/** A date as a draft writes it; `day` is null for "March 2021". */
export interface DraftDate extends Span {
  text: string;
  year: number;
  month: number;
  day: number | null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Capitalised, as dates are written, so that "staff may 2021" is not May. */
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
/**
 * The British forms reviews use: "3 March 2021", "3rd Mar 2021", "March 2021", "3/3/2021" (day
 * first). compromise-dates was measured and not used: it reads "3/3/2021"-style dates month first
 * unless told otherwise, mis-ends ranges ("from 1 June 2019 to 28 February 2021" ended on 1 June)
 * and anchors "by the end of 2022" to today (quality/README.md).
 */
const DATE = new RegExp(String.raw`\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH}\s+((?:19|20)\d\d)|${MONTH}\s+((?:19|20)\d\d)|(\d{1,2})/(\d{1,2})/((?:19|20)\d\d))\b`, 'gu');

/** readDates('decided on 7 March 2022') -> [{ text: '7 March 2022', year: 2022, month: 3, day: 7, start: 11, end: 23 }] */
export function readDates(text: string): DraftDate[] {
  const dates: DraftDate[] = [];
  for (const hit of text.matchAll(DATE)) {
    const [whole, day, month, year, monthOnly, yearOnly, slashDay, slashMonth, slashYear] = hit;
    const parts = slashYear
      ? { day: Number(slashDay), month: Number(slashMonth), year: Number(slashYear) }
      : { day: day ? Number(day) : null, month: monthNumber(month ?? monthOnly ?? ''), year: Number(year ?? yearOnly) };
    if (parts.month < 1 || parts.month > 12 || (parts.day !== null && (parts.day < 1 || parts.day > 31))) continue;
    dates.push({ ...parts, text: whole, start: hit.index, end: hit.index + whole.length });
  }
  return dates;
}

function monthNumber(name: string): number {
  const prefix = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  return MONTHS.findIndex((month) => month.startsWith(prefix)) + 1;
}

/** Months from one date to another, to a tenth; a date without a day counts from mid-month. */
export function monthsBetween(from: DraftDate, to: DraftDate): number {
  const days = (date: DraftDate) => date.day ?? 15;
  return Math.round(((to.year - from.year) * 12 + (to.month - from.month) + (days(to) - days(from)) / 30) * 10) / 10;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen'];
const MONTH_COUNT = new RegExp(String.raw`\b(\d{1,2}|${NUMBER_WORDS.join('|')})\s+months?\b`, 'iu');

/** A number of months written out or in figures: "nine months" -> 9, "12 months" -> 12; null when none. */
export function readMonthCount(text: string): number | null {
  const count = MONTH_COUNT.exec(text)?.[1]?.toLowerCase();
  if (count === undefined) return null;
  return /^\d+$/.test(count) ? Number(count) : NUMBER_WORDS.indexOf(count);
}
