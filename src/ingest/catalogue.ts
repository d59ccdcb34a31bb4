import { AGE_BANDS, type AgeBand, type Catalogue, type ReviewMeta, type ReviewType } from '../model/review.js';

/** Each type's names as reports print them, the more specific first ("Local Child ..." before "Child ..."). */
const TYPE_NAMES: Array<[ReviewType, RegExp]> = [
  ['LCSPR', /\blocal child safeguarding practice review\b|\bLCSPR\b/i],
  ['CSPR', /\b(?:national )?child safeguarding practice review\b|\bCSPR\b/i],
  ['rapid review', /\brapid review\b/i],
  ['SCR', /\b(?:[Ss]erious [Cc]ase [Rr]eview|SCR)\b/],
  ['DHR', /\b(?:[Dd]omestic [Hh]omicide [Rr]eview|DHR)\b/],
  ['SAR', /\b(?:[Ss]afeguarding [Aa]dults? [Rr]eview|SAR)\b/],
];

/** The publishing body's kind, cut from its name to leave the area: "Eastvale LSCB" and "Eastvale Safeguarding Children Partnership" are both Eastvale. */
const BODY_SUFFIX =
  /\s+(?:Local Safeguarding Children(?:'s)? Board|Safeguarding Children(?:'s)? (?:Partnership|Board)|Safeguarding (?:Adults )?(?:Partnership|Board)|Community Safety Partnership|Children(?:'s)? Partnership|Partnership|LSCB|LSCP|SCP|SAB|CSP)$/i;

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/** "a boy aged seven months", "a girl of 14 years", "a man aged 33 years": the subject as the report introduces them. */
const SUBJECT_AGE = /\ba (boy|girl|man|woman|young man|young woman|baby (?:boy|girl)) (?:aged|of) (\w+(?:[- ]\w+)?) (day|week|month|year)s?\b/i;
const DEATH = /\b(?:died|lost (?:his|her|their) life|was killed|death of)\b/i;
const SERIOUS_HARM = /\b(?:suffered serious harm|seriously (?:injured|harmed)|serious(?:ly)? (?:injur\w+|harm))\b/i;
const REGION_LINE = /^\s*region\s*:\s*(.+?)\s*$/im;

/**
 * The catalogue fields a report states: its type from the title (else the first type named in the
 * text), its area from the board's name, its region from a "Region:" line, and the subject's age
 * band, sex and harm from the sentence that introduces them.
 * readCatalogue({ title: 'Serious Case Review: Child S', board: 'Eastvale LSCB', ... }, 'Child S, a boy aged 14 years, who died').area === 'Eastvale'
 */
export function readCatalogue(meta: Pick<ReviewMeta, 'title' | 'board'>, text: string): Catalogue {
  const subject = SUBJECT_AGE.exec(text);
  // The harm is told in the sentence that introduces the subject, or failing that anywhere.
  const about = subject ? text.slice(subject.index, subject.index + 200) : '';
  return {
    review_type: typeIn(meta.title) ?? firstTypeIn(text),
    area: areaOf(meta.board),
    region: REGION_LINE.exec(text)?.[1] ?? null,
    age_band: subject ? ageBand(subject[1]!, subject[2]!, subject[3]!) : null,
    sex: subject ? (/\b(?:boy|man)$/i.test(subject[1]!) ? 'male' : 'female') : null,
    harm: harmIn(about) ?? harmIn(text),
  };
}

/** "Eastvale Local Safeguarding Children Board" -> "Eastvale"; a name without a known body kind is its own area. */
export function areaOf(board: string): string | null {
  const name = board.replace(/\s+/g, ' ').trim();
  if (!name) return null;
  const area = name.replace(BODY_SUFFIX, '').trim();
  return area || name;
}

function typeIn(text: string): ReviewType | null {
  return TYPE_NAMES.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}

function firstTypeIn(text: string): ReviewType | null {
  let best: { type: ReviewType; at: number } | null = null;
  for (const [type, pattern] of TYPE_NAMES) {
    const at = text.search(pattern);
    // "child safeguarding practice review" also occurs inside a local one's name: the earlier start wins, ties to the more specific.
    if (at >= 0 && (best === null || at < best.at - 6)) best = { type, at };
  }
  return best?.type ?? null;
}

function harmIn(text: string): Catalogue['harm'] {
  const death = text.search(DEATH);
  const harm = text.search(SERIOUS_HARM);
  if (death < 0 && harm < 0) return null;
  return harm < 0 || (death >= 0 && death < harm) ? 'death' : 'serious harm';
}

function ageBand(noun: string, amount: string, unit: string): AgeBand | null {
  if (/man|woman/i.test(noun)) return 'adult';
  if (!/year/i.test(unit)) return 'under 1';
  const years = /^\d+$/.test(amount) ? Number(amount) : NUMBER_WORDS.indexOf(amount.toLowerCase());
  if (years < 0) return null;
  const band = years < 1 ? 'under 1' : years <= 4 ? '1-4' : years <= 9 ? '5-9' : years <= 15 ? '10-15' : years <= 17 ? '16-17' : 'adult';
  return AGE_BANDS.includes(band) ? band : null;
}
