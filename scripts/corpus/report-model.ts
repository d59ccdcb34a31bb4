import { THEME_IDS, type PassageKind, type ThemeId } from '../../src/themes.js';
import { FONT_FAMILIES, type FontFamily } from './fonts.js';
import { nearCopy } from './near-copy.js';
import { FOOTNOTES } from './narrative-phrases.js';
import { ParagraphWriter, type ParagraphDraft } from './paragraphs.js';
import { Random } from './random.js';
import { buildSections, type ChronologyRow } from './sections.js';
import { Filler, curlyQuotes, type Cast } from './template.js';
import { FIRST_NAMES, MONTHS, PLACES, SURNAMES, boardNames, type AgeGroup } from './vocabulary.js';

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
  /** "LSCB" before the 2018 reforms, "Partnership" after: the cover sheet's label for the board. */
  boardLabel: 'LSCB' | 'Partnership';
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
  | { type: 'table'; rows: ChronologyRow[] };

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
  sections: Section[];
}

export interface ReportOptions {
  /** Roughly how many pages the report should run to (8 to 120). */
  targetPages?: number;
  ageGroup?: AgeGroup;
  year?: number;
  /** The area whose board published the report, e.g. "Northmoor". */
  area?: string;
  coverSheet?: boolean;
  numbering?: 2 | 3;
  /** A field the PDF gets wrong or leaves out, put right by a sidecar NAME.pdf.json. */
  metadataGap?: 'missing-author' | 'wrong-year' | 'short-board';
  /** Fix some of the layout choices instead of drawing them from the seed. */
  style?: Partial<ReportStyle>;
  /** Mark the report as a draft (title page and running header say so). */
  draft?: boolean;
  /** Plant exactly these themes in the findings instead of a random choice. */
  plantThemes?: ThemeId[];
  /** Text to include, lightly edited, as one finding; with themes if the caller knows them. */
  nearDuplicateOf?: string | { text: string; themes: ThemeId[] };
}

/**
 * A whole logical report, deterministic from its seed.
 *
 * buildReport(7, { targetPages: 20 }).sections[0].title === 'Introduction' (or a variant)
 */
export function buildReport(seed: number, options: ReportOptions = {}): ReportModel {
  const random = new Random(seed);
  const year = options.year ?? random.int(2008, 2024);
  const ageGroup = options.ageGroup ?? random.pick<AgeGroup>(['infant', 'infant', 'child', 'child', 'adolescent']);
  const place = options.area ? { name: options.area } : random.pick(PLACES);
  const board = boardNames(place, year);
  const { subject, cast } = chooseCast(random, ageGroup, year, place.name);
  const author = `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`;
  const title = `${year >= 2019 ? 'Child Safeguarding Practice Review' : 'Serious Case Review'}: ${subject}`;
  const meta: ReportMeta = { title, board: board.full, subject, year, author };
  const { printed, sidecar } = printedMeta(random, meta, board.short, options);
  const style = { ...chooseStyle(random, meta, board.short, options.draft === true), ...options.style };
  const eligible = THEME_IDS.filter((theme) => fitsAge(theme, ageGroup));
  const themes = options.plantThemes ?? random.sample(eligible, random.int(6, 9));
  const filler = new Filler(cast, ageGroup, { first: year - 4, last: year - 1 }, random.fork('filler'));
  const writer = new ParagraphWriter(filler, random.fork('writer'), ageGroup);
  const drafts = buildSections({
    random: random.fork('sections'), writer, filler, ageGroup, themes,
    negatable: eligible.filter((theme) => !themes.includes(theme)),
    paragraphs: paragraphBudget(options.targetPages ?? random.int(8, 40), style),
    extraFinding: nearDuplicate(options.nearDuplicateOf, cast.child, random.fork('copy')),
  });
  const numbering = options.numbering ?? (random.chance(0.3) ? 3 : 2);
  const sections = numberSections(drafts, numbering);
  placeFootnotes(sections, random.fork('footnotes'));
  if (style.curlyQuotes) quoteCurly(sections);
  return { seed, draft: options.draft === true, meta, printed, sidecar, style, numbering, plantedThemes: [...themes], sections };
}

/** About four paragraphs fill a page of 11-point text; front matter and section breaks take the rest. */
function paragraphBudget(targetPages: number, style: ReportStyle): number {
  const bodyPages = targetPages - 3 - (style.sectionsOnNewPage ? 4 : 0);
  return Math.max(20, Math.round(bodyPages * 4 * (11 / style.fontSize) ** 2));
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

function fitsAge(theme: ThemeId, ageGroup: AgeGroup): boolean {
  if (theme === 'pre_birth') return ageGroup === 'infant';
  if (theme === 'adolescents') return ageGroup === 'adolescent';
  return true;
}

function chooseCast(random: Random, ageGroup: AgeGroup, year: number, area: string): { subject: string; cast: Cast } {
  const letters = 'ABCDEFGHJKLMNPRSTW';
  const letter = random.pick([...letters]);
  const other = random.pick([...letters].filter((l) => l !== letter));
  const forms: Record<AgeGroup, [string, string][]> = {
    infant: [[`Baby ${letter}`, `Baby ${letter}`], [`Child ${letter}`, `Child ${letter}`], [`Family ${letter}${random.int(2, 9)}`, 'Child C']],
    child: [[`Child ${letter}`, `Child ${letter}`], [`Child ${letter}${other}`, `Child ${letter}${other}`], [`Sibling Group ${letter}`, `Child ${letter}2`], [`Family ${letter}${random.int(2, 9)}`, 'Child B']],
    adolescent: [[`Child ${letter}`, `Child ${letter}`], [`Young Person ${letter}`, `Young Person ${letter}`]],
  };
  const [subject, child] = random.pick(forms[ageGroup]);
  const boy = random.chance(0.5);
  return {
    subject,
    cast: {
      child,
      he: boy ? 'he' : 'she', his: boy ? 'his' : 'her', him: boy ? 'him' : 'her', himself: boy ? 'himself' : 'herself',
      mother: random.pick(['the mother', 'Mother', `Ms ${letter}`]),
      father: random.pick(['the father', 'Father', `Mr ${letter}`]),
      partner: random.pick([`Mr ${other}`, `Adult ${other}`]),
      sibling: random.pick(['the older sibling', 'Sibling 1']),
      board: year >= 2019 ? 'Partnership' : random.pick(['Board', 'LSCB']),
      area,
    },
  };
}

function printedMeta(random: Random, meta: ReportMeta, shortBoard: string, options: ReportOptions): { printed: PrintedMeta; sidecar?: Sidecar } {
  const day = random.int(1, 28);
  const month = random.pick(MONTHS);
  const gap = options.metadataGap;
  const printedYear = gap === 'wrong-year' ? meta.year - 1 : meta.year;
  const printed: PrintedMeta = {
    coverSheet: gap === 'short-board' || options.draft ? false : options.coverSheet ?? random.chance(0.65),
    title: meta.title,
    board: gap === 'short-board' ? shortBoard : meta.board,
    boardLabel: meta.year >= 2019 ? 'Partnership' : 'LSCB',
    author: gap === 'missing-author' ? undefined : meta.author,
    publicationDate: `${day} ${month} ${printedYear}`,
    titlePageDate: `${month} ${printedYear}`,
  };
  const sidecar: Sidecar | undefined =
    gap === 'missing-author' ? { author: meta.author } : gap === 'wrong-year' ? { year: meta.year } : gap === 'short-board' ? { board: meta.board } : undefined;
  return { printed, sidecar };
}

function chooseStyle(random: Random, meta: ReportMeta, shortBoard: string, draft: boolean): ReportStyle {
  const kind = meta.year >= 2019 ? 'Child Safeguarding Practice Review' : 'Serious Case Review';
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
      if (block.type === 'table') block.rows = block.rows.map((row) => ({ ...row, agency: curlyQuotes(row.agency) }));
    }
  }
}
