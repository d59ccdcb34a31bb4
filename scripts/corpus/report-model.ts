import { THEME_IDS, type PassageKind, type ThemeId } from '../../src/themes.js';
import { FOOTNOTES } from './apparatus.js';
import { ClauseWriter, SentenceLedger } from './clauses.js';
import { FONT_FAMILIES, type FontFamily } from './fonts.js';
import { NarrativeWriter } from './narrative.js';
import { nearCopy } from './near-copy.js';
import { ParagraphWriter, type ParagraphDraft } from './paragraphs.js';
import { Random } from './random.js';
import { REVIEW_NAMES, boardFor, drawQuality, drawThemes, themeFits, type DocumentKind, type QualityProfile, type ReviewFacts, type ReviewType } from './review-types.js';
import { buildSections, type Table } from './sections.js';
import { Filler, curlyQuotes, type Cast } from './template.js';
import { AGENCIES, FIRST_NAMES, MONTHS, PLACES, SURNAMES, type AgeGroup } from './vocabulary.js';

/** The metadata a reader should end up with, after any sidecar is applied. */
export interface ReportMeta {
  title: string;
  board: string;
  subject: string;
  year: number;
  author: string;
}

/** What the PDF itself shows: it may lack a field or carry a wrong one that a sidecar fixes. */
export interface PrintedMeta {
  coverSheet: boolean;
  title: string;
  board: string;
  /** "LSCB" before the 2018 reforms, "Partnership" after (or a board of another kind): the cover sheet's label. */
  boardLabel: 'LSCB' | 'Partnership' | 'Board';
  /** What the title page says under the title: "Overview Report", "Learning Brief". */
  documentLabel: string;
  author?: string;
  publicationDate: string;
  titlePageDate: string;
}

export type Sidecar = Partial<Pick<ReportMeta, 'author' | 'year' | 'board'>>;

export interface ReportStyle {
  font: FontFamily;
  fontSize: number;
  justify: boolean;
  /** `hanging`: the number sits in the margin column; `inline`: it starts the first line. */
  numberLayout: 'hanging' | 'inline';
  /** Fixed texts of the running header (one, or a left and a right part). */
  header: string[];
  /** `page-of`: "Page 3 of 40"; `page`: "3"; `labelled`: footerText then the number. */
  footer: 'page-of' | 'page' | 'labelled';
  footerText?: string;
  /** Whether fi and fl are typed as the ligature characters U+FB01 and U+FB02. */
  ligatures: boolean;
  /** Whether quotes and apostrophes are curly, as a word processor types them. */
  curlyQuotes: boolean;
  sectionsOnNewPage: boolean;
}

export interface Footnote {
  number: number;
  /** Index of the word (in `text.split(' ')`) that the marker follows. */
  afterWord: number;
  text: string;
}

export interface Paragraph extends ParagraphDraft {
  number: string;
  kind: PassageKind;
  /** The title of the top-level section, e.g. "Analysis". */
  section: string;
  footnote?: Footnote;
}

export type Block =
  | { type: 'heading'; number: string; title: string }
  | { type: 'paragraph'; paragraph: Paragraph }
  | { type: 'table'; table: Table };

export interface Section {
  number: string;
  title: string;
  blocks: Block[];
}

export interface ReportModel {
  seed: number;
  draft: boolean;
  meta: ReportMeta;
  printed: PrintedMeta;
  sidecar?: Sidecar;
  style: ReportStyle;
  numbering: 2 | 3;
  plantedThemes: ThemeId[];
  /** Review type, area, the child, the harm and the review's quality: recorded in the truth file. */
  facts: ReviewFacts;
  sections: Section[];
}

export interface ReportOptions {
  /** Roughly how many pages the report should run to (3 to 120). */
  targetPages?: number;
  ageGroup?: AgeGroup;
  year?: number;
  /** The area whose board published the report, e.g. "Northmoor". */
  area?: string;
  reviewType?: ReviewType;
  /** An overview report (the default) or a learning brief. */
  document?: DocumentKind;
  harm?: ReviewFacts['harm'];
  quality?: Partial<QualityProfile>;
  coverSheet?: boolean;
  numbering?: 2 | 3;
  /** A field the PDF gets wrong or leaves out, put right by a sidecar NAME.pdf.json. */
  metadataGap?: 'missing-author' | 'wrong-year' | 'short-board';
  /** Fix some of the layout choices instead of drawing them from the seed. */
  style?: Partial<ReportStyle>;
  /** Mark the report as a draft (title page and running header say so). */
  draft?: boolean;
  /** Plant exactly these themes in the findings instead of a draw at published shares. */
  plantThemes?: ThemeId[];
  /** Text to include, lightly edited, as one finding; with themes if the caller knows them. */
  nearDuplicateOf?: string | { text: string; themes: ThemeId[] };
  /** Sentences already used by other reports of the same corpus, which this one must not repeat. */
  ledger?: SentenceLedger;
}

/**
 * A whole logical report, deterministic from its seed (and, for a corpus, the reports built
 * before it into the same ledger).
 *
 * buildReport(7, { targetPages: 20 }).sections[0].title === 'Executive summary'
 */
export function buildReport(seed: number, options: ReportOptions = {}): ReportModel {
  const random = new Random(seed);
  const year = options.year ?? random.int(2008, 2025);
  const type = options.reviewType ?? (year >= 2019 ? random.pick<ReviewType>(['LCSPR', 'LCSPR', 'rapid review']) : 'SCR');
  const ageGroup = options.ageGroup ?? random.pick<AgeGroup>(['infant', 'infant', 'child', 'child', 'adolescent']);
  const area = options.area ?? random.pick(PLACES).name;
  const board = boardFor(area, type, year);
  const { subject, cast, sex } = chooseCast(random, ageGroup, type, board.full);
  const author = `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`;
  const document = options.document ?? 'overview';
  const title = `${document === 'brief' ? 'Learning Brief' : REVIEW_NAMES[type]}: ${subject}`;
  const meta: ReportMeta = { title, board: board.full, subject, year, author };
  const facts = reviewFacts(random.fork('facts'), { type, document, area, year, ageGroup, sex, author, harm: options.harm, quality: options.quality });
  const { printed, sidecar } = printedMeta(random, meta, board, document, options);
  const style = { ...chooseStyle(random, meta, board.short, options.draft === true), ...options.style, ...(document === 'brief' ? { sectionsOnNewPage: false } : {}) };
  const eligible = THEME_IDS.filter((theme) => themeFits(theme, type, ageGroup));
  const themes = options.plantThemes ?? drawThemes(random.fork('themes'), type, ageGroup);
  const filler = new Filler(cast, ageGroup, { first: yearOf(facts.periodStart), last: yearOf(facts.incident) }, random.fork('filler'));
  const clauses = new ClauseWriter(filler, random.fork('clauses'), ageGroup, options.ledger ?? new SentenceLedger());
  const narrative = new NarrativeWriter(clauses, random.fork('narrative'), facts);
  const why = { met: 0.7, partly: 0.3, not: 0.04 }[facts.quality.why_not_only_what];
  const writer = new ParagraphWriter(clauses, narrative, random.fork('writer'), why);
  const drafts = buildSections({
    random: random.fork('sections'), writer, narrative, filler, ageGroup, facts, themes,
    negatable: eligible.filter((theme) => !themes.includes(theme)),
    paragraphs: document === 'brief' ? 8 : paragraphBudget(options.targetPages ?? random.int(8, 40), style),
    agencies: random.sample(AGENCIES[ageGroup], random.int(4, 6)).map((agency) => filler.fill(agency)),
    deadlines: [1, 2, 3].map((months) => monthAfter(facts.completed, months * 4)),
    extraFinding: nearDuplicate(options.nearDuplicateOf, cast.child, random.fork('copy')),
  });
  const numbering = document === 'brief' ? 2 : options.numbering ?? (random.chance(0.3) ? 3 : 2);
  const sections = numberSections(drafts, numbering);
  placeFootnotes(sections, random.fork('footnotes'));
  if (style.curlyQuotes) quoteCurly(sections);
  return { seed, draft: options.draft === true, meta, printed, sidecar, style, numbering, plantedThemes: [...themes], facts, sections };
}

/** About six paragraphs fill a page of 11-point text; front matter, tables and section breaks take the rest. */
function paragraphBudget(targetPages: number, style: ReportStyle): number {
  const bodyPages = targetPages - 3 - (style.sectionsOnNewPage ? 5 : 0);
  return Math.max(20, Math.round(bodyPages * 6 * (11 / style.fontSize) ** 2));
}

/** Every numbered paragraph of a report, in reading order. */
export function paragraphsOf(model: ReportModel): Paragraph[] {
  return model.sections.flatMap((section) =>
    section.blocks.flatMap((block) => (block.type === 'paragraph' ? [block.paragraph] : [])),
  );
}

export function kindOfSection(title: string): PassageKind {
  if (/^(Analysis|Findings|Lessons learned|Key learning|Conclusions)$/.test(title)) return 'finding';
  return title === 'Recommendations' ? 'recommendation' : 'narrative';
}

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
function reviewFacts(random: Random, given: {
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

function yearOf(month: string): number {
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

function monthAfter(month: string, months: number): string {
  const [name, year] = month.split(' ');
  return monthName(addMonths(Date.UTC(Number(year), MONTHS.indexOf(name as (typeof MONTHS)[number]), 1), months));
}

function chooseCast(random: Random, ageGroup: AgeGroup, type: ReviewType, board: string): { subject: string; cast: Cast; sex: ReviewFacts['sex'] } {
  const letters = 'ABCDEFGHJKLMNPRSTW';
  const letter = random.pick([...letters]);
  const other = random.pick([...letters].filter((l) => l !== letter));
  const forms: Record<AgeGroup, [string, string][]> = {
    infant: [[`Baby ${letter}`, `Baby ${letter}`], [`Child ${letter}`, `Child ${letter}`], [`Family ${letter}${random.int(2, 9)}`, 'Child C']],
    child: [[`Child ${letter}`, `Child ${letter}`], [`Child ${letter}${other}`, `Child ${letter}${other}`], [`Sibling Group ${letter}`, `Child ${letter}2`], [`Family ${letter}${random.int(2, 9)}`, 'Child B']],
    adolescent: [[`Child ${letter}`, `Child ${letter}`], [`Young Person ${letter}`, `Young Person ${letter}`]],
  };
  // A domestic homicide review is named for the family; a safeguarding adults review here for a care leaver.
  const [subject, child] = type === 'DHR' ? [`Family ${letter}${random.int(2, 9)}`, 'Child B'] : type === 'SAR' ? [`Young Person ${letter}`, `Young Person ${letter}`] : random.pick(forms[ageGroup]);
  const boy = random.chance(0.5);
  return {
    subject,
    sex: boy ? 'male' : 'female',
    cast: {
      child,
      he: boy ? 'he' : 'she', his: boy ? 'his' : 'her', him: boy ? 'him' : 'her', himself: boy ? 'himself' : 'herself',
      mother: random.pick(['the mother', 'Mother', `Ms ${letter}`]),
      father: random.pick(['the father', 'Father', `Mr ${letter}`]),
      partner: random.pick([`Mr ${other}`, `Adult ${other}`]),
      sibling: random.pick(['the older sibling', 'Sibling 1']),
      board: /Board$/.test(board) ? (/Local Safeguarding/.test(board) ? random.pick(['Board', 'LSCB']) : 'Board') : 'Partnership',
      area: board.replace(/ (Local Safeguarding Children Board|Safeguarding Children Partnership|Community Safety Partnership|Safeguarding Adults Board)$/, ''),
    },
  };
}

function printedMeta(
  random: Random, meta: ReportMeta, board: ReturnType<typeof boardFor>, document: DocumentKind, options: ReportOptions,
): { printed: PrintedMeta; sidecar?: Sidecar } {
  const day = random.int(1, 28);
  const month = random.pick(MONTHS);
  const gap = options.metadataGap;
  const printedYear = gap === 'wrong-year' ? meta.year - 1 : meta.year;
  const printed: PrintedMeta = {
    coverSheet: gap === 'short-board' || options.draft ? false : options.coverSheet ?? random.chance(0.65),
    title: meta.title,
    board: gap === 'short-board' ? board.short : meta.board,
    boardLabel: board.label,
    documentLabel: document === 'brief' ? 'Seven-minute learning brief' : meta.title.startsWith('Rapid') ? 'Summary of learning' : 'Overview Report',
    author: gap === 'missing-author' ? undefined : meta.author,
    publicationDate: `${day} ${month} ${printedYear}`,
    titlePageDate: `${month} ${printedYear}`,
  };
  const sidecar: Sidecar | undefined =
    gap === 'missing-author' ? { author: meta.author } : gap === 'wrong-year' ? { year: meta.year } : gap === 'short-board' ? { board: meta.board } : undefined;
  return { printed, sidecar };
}

function chooseStyle(random: Random, meta: ReportMeta, shortBoard: string, draft: boolean): ReportStyle {
  const kind = meta.title.split(':')[0] ?? 'Review';
  // No running text may be a phrase of the body (a bare "Child S" would be): tests assert none leaks.
  const overview = `Overview Report \u2013 ${meta.subject}`;
  const headers = [[`${meta.subject} \u2014 ${kind}`], ['OFFICIAL \u2013 SENSITIVE'], ['OFFICIAL \u2013 SENSITIVE', overview], [`${kind}: ${meta.subject}`]];
  const header = draft ? ['DRAFT \u2013 NOT FOR PUBLICATION', overview] : random.pick(headers);
  const footer = random.pick<ReportStyle['footer']>(['page-of', 'page', 'labelled']);
  return {
    font: random.pick(FONT_FAMILIES),
    fontSize: random.pick([10.5, 11, 11, 11.5, 12]),
    justify: random.chance(0.7),
    numberLayout: random.chance(0.6) ? 'hanging' : 'inline',
    header,
    footer,
    footerText: footer === 'labelled' ? random.pick([shortBoard, `${shortBoard} \u2013 Overview Report`]) : undefined,
    ligatures: random.chance(0.5),
    curlyQuotes: random.chance(0.7),
    sectionsOnNewPage: random.chance(0.4),
  };
}

function nearDuplicate(source: ReportOptions['nearDuplicateOf'], child: string, random: Random): ParagraphDraft | undefined {
  if (source === undefined) return undefined;
  const { text, themes } = typeof source === 'string' ? { text: source, themes: [] } : source;
  return { themes: [...themes], negated: [], text: nearCopy(text, child, random) };
}

function numberSections(drafts: ReturnType<typeof buildSections>, numbering: 2 | 3): Section[] {
  return drafts.map((draft, index) => {
    const number = String(index + 1);
    const title = draft.title;
    const kind = kindOfSection(title);
    const blocks: Block[] = [];
    const paragraphCount = draft.blocks.filter((block) => block.type === 'paragraph').length;
    const groups = numbering === 3 ? Math.max(1, Math.min(draft.subsectionTitles.length, Math.round(paragraphCount / 4))) : 1;
    const perGroup = Math.ceil(paragraphCount / groups);
    let seen = 0;
    for (const block of draft.blocks) {
      if (block.type === 'table') {
        blocks.push(block);
        continue;
      }
      const group = Math.floor(seen / perGroup);
      const within = seen - group * perGroup;
      if (numbering === 3 && within === 0) {
        blocks.push({ type: 'heading', number: `${number}.${group + 1}`, title: draft.subsectionTitles[group] ?? 'Further matters' });
      }
      const paragraphNumber = numbering === 3 ? `${number}.${group + 1}.${within + 1}` : `${number}.${seen + 1}`;
      blocks.push({ type: 'paragraph', paragraph: { ...block.draft, kind, number: paragraphNumber, section: title } });
      seen++;
    }
    return { number, title, blocks };
  });
}

/** Footnotes go after the first use of a defined term, numbered in reading order. */
function placeFootnotes(sections: Section[], random: Random): void {
  const sources = random.sample(FOOTNOTES, random.int(2, 6));
  const paragraphs = sections.flatMap((section) =>
    section.blocks.flatMap((block) => (block.type === 'paragraph' ? [block.paragraph] : [])),
  );
  for (const source of sources) {
    for (const paragraph of paragraphs) {
      if (paragraph.footnote) continue;
      const words = paragraph.text.split(' ');
      const afterWord = words.findIndex((word) => word.replace(/[^A-Za-z]/g, '').toLowerCase() === source.after);
      if (afterWord < 0) continue;
      paragraph.footnote = { number: 0, afterWord, text: source.text };
      break;
    }
  }
  let number = 0;
  for (const paragraph of paragraphs) if (paragraph.footnote) paragraph.footnote.number = ++number;
}

function quoteCurly(sections: Section[]): void {
  for (const section of sections) {
    for (const block of section.blocks) {
      if (block.type === 'paragraph') block.paragraph.text = curlyQuotes(block.paragraph.text);
      if (block.type === 'table') block.table.rows = block.table.rows.map((row) => row.map(curlyQuotes));
    }
  }
}
