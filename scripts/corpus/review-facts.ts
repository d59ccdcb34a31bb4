// A generated review's facts: type, area and region, the child's age and sex, the harm, the dates of
// the review's stages and its quality profile, drawn from the report's seed.
import { Random } from './random.js';
import { REVIEW_NAMES, drawQuality, type DocumentKind, type QualityProfile, type ReviewFacts, type ReviewType } from './review-types.js';
import { FIRST_NAMES, MONTHS, SURNAMES, type AgeGroup } from './vocabulary.js';

const HERITAGE: readonly [string, string][] = [
  ['White British', 'English'], ['Polish', 'Polish'], ['Pakistani', 'Urdu'], ['Black Caribbean', 'English'],
  ['Romanian', 'Romanian'], ['Bangladeshi', 'Sylheti'], ['mixed White and Black African', 'English'], ['Somali', 'Somali'],
];

const REGIONS: Record<string, string> = {
  Northmoor: 'North East', Eastvale: 'Yorkshire and the Humber', Brackenshire: 'East Midlands', Castlemere: 'North West',
  Harrowfield: 'South East', Ravensholme: 'West Midlands', Wexcombe: 'South West', Saltmere: 'East of England',
  Dunmarsh: 'East of England', Kelmscombe: 'South West', 'Ashworth Vale': 'North West', Fernleigh: 'London',
};

/** The review's facts, dates and quality; the months taken follow its timeliness. */
export function reviewFacts(random: Random, given: {
  type: ReviewType; document: DocumentKind; area: string; year: number; ageGroup: AgeGroup; sex: ReviewFacts['sex'];
  author: string; harm?: ReviewFacts['harm']; quality?: Partial<QualityProfile>;
}): ReviewFacts {
  const quality = { ...drawQuality(random, given.year), ...given.quality };
  const months = { met: random.int(4, 6), partly: random.int(7, 11), not: random.int(13, 26) }[quality.timeliness];
  const publishedAt = Date.UTC(given.year, random.int(0, 11), 1);
  const completedAt = addMonths(publishedAt, -random.int(1, 3));
  const commissionedAt = addMonths(completedAt, -months);
  const gap = random.int(1, 3);
  const incidentAt = addMonths(commissionedAt, -gap);
  const [heritage, language] = random.pick(HERITAGE);
  const adult = given.type === 'DHR' || given.type === 'SAR';
  const years = { infant: 0, child: random.int(2, 11), adolescent: random.int(12, 17) }[given.ageGroup];
  const ageYears = given.type === 'DHR' ? random.int(24, 41) : given.type === 'SAR' ? random.int(18, 19) : years;
  const age = ageYears === 0 ? `${random.pick(['six', 'seven', 'nine', 'eleven'])} months` : `${ageYears} years`;
  return {
    type: given.type, document: given.document, area: given.area, region: REGIONS[given.area] ?? 'North West',
    ageBand: adult ? 'adult' : ageYears === 0 ? 'under 1' : ageYears <= 4 ? '1-4' : ageYears <= 9 ? '5-9' : ageYears <= 15 ? '10-15' : '16-17',
    age, sex: given.type === 'DHR' ? 'female' : given.sex,
    harm: given.harm ?? (given.type === 'DHR' || random.chance(0.55) ? 'death' : 'serious harm'),
    quality, months, year: given.year, author: given.author,
    chair: `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`,
    typeName: REVIEW_NAMES[given.type].toLowerCase().replace(' summary', ''),
    typeArticle: /^[aeiou]/i.test(REVIEW_NAMES[given.type]) ? 'an' : 'a',
    incident: monthName(incidentAt), commissioned: monthName(commissionedAt), commissionGap: `${gap === 1 ? 'a month' : `${gap === 2 ? 'two' : 'three'} months`}`,
    completed: monthName(completedAt), published: monthName(publishedAt),
    periodStart: monthName(addMonths(incidentAt, -random.int(18, 40))), learningEvent: monthName(addMonths(commissionedAt, random.int(1, 3))),
    delayReason: quality.timeliness === 'met' ? undefined : random.pick(['a criminal trial had to finish first', 'the reviewer changed part way through', 'agencies were slow to provide their reports', undefined]),
    heritage, language,
  };
}

export function yearOf(month: string): number {
  return Number(month.split(' ')[1]);
}

function addMonths(time: number, months: number): number {
  const date = new Date(time);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1);
}

function monthName(time: number): string {
  const date = new Date(time);
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

export function monthAfter(month: string, months: number): string {
  const [name, year] = month.split(' ');
  return monthName(addMonths(Date.UTC(Number(year), MONTHS.indexOf(name as (typeof MONTHS)[number]), 1), months));
}
