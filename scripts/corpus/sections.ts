import type { ThemeId } from '../../src/themes.js';
import {
  AGENCY_EVENTS, AGENCY_FAILURE_EVENTS, ANALYSIS_NEUTRAL, BACKGROUND, CHRONOLOGY,
  CONCLUSION_LEADS, FINDING_CONTEXT, INTRODUCTION, LESSON_LEADS, METHODOLOGY, TERMS_OF_REFERENCE_LEADS,
  TERMS_OF_REFERENCE_TOPICS,
} from './narrative-phrases.js';
import type { ParagraphDraft, ParagraphWriter } from './paragraphs.js';
import type { Random } from './random.js';
import type { Filler } from './template.js';
import type { AgeGroup } from './vocabulary.js';

export interface ChronologyRow {
  date: string;
  agency: string;
  event: string;
}

/** A section's content before numbering: paragraphs, and the chronology table where it goes. */
export type DraftBlock = { type: 'paragraph'; draft: ParagraphDraft } | { type: 'table'; rows: ChronologyRow[] };

export interface DraftSection {
  title: string;
  /** Titles for the subsections of a report numbered to three levels. */
  subsectionTitles: readonly string[];
  blocks: DraftBlock[];
}

export interface SectionInputs {
  random: Random;
  writer: ParagraphWriter;
  filler: Filler;
  ageGroup: AgeGroup;
  themes: readonly ThemeId[];
  /** Themes that fit the child's age but were not planted: material for hard negatives. */
  negatable: readonly ThemeId[];
  paragraphs: number;
  /** A finding paragraph to place in the analysis (a draft's near-copy of another report). */
  extraFinding?: ParagraphDraft;
}

const SUBSECTIONS: Record<string, readonly string[]> = {
  introduction: ['Reasons for the review', 'The review process', 'Acknowledgements'],
  terms: ['Scope', 'Key lines of enquiry'],
  methodology: ['Approach', 'Involvement of the family'],
  background: ['The family', 'Housing and circumstances', 'Health history'],
  involvement: ['First contacts with the family', 'The period of the plan', 'The months before the incident', 'The final weeks'],
  analysis: ['Seeing the child', 'Working together', 'Assessment and planning', 'Engaging the family', 'Management and supervision', 'Health services'],
  lessons: ['Learning for practitioners', 'Learning for the partnership'],
  conclusions: ['Overall conclusions', 'Could the outcome have been different?'],
  recommendations: ['Recommendations for the partnership', 'Recommendations for agencies'],
};

/**
 * The sections of an overview report in their usual order, each with its share of the paragraph
 * budget. Narrative sections are capped (their banks are small); analysis and the agency
 * involvement summary absorb the rest.
 */
export function buildSections(inputs: SectionInputs): DraftSection[] {
  const { random, paragraphs: total } = inputs;
  const share = (fraction: number, min: number, max: number): number =>
    Math.max(min, Math.min(max, Math.round(total * fraction)));
  const counts = {
    introduction: share(0.05, 2, 3),
    terms: share(0.03, 1, 2),
    methodology: random.chance(0.5) ? share(0.04, 1, 3) : 0,
    background: share(0.06, 2, 4),
    lessons: share(0.09, 2, 14),
    conclusions: share(0.05, 2, 6),
    recommendations: share(0.08, 3, 12),
  };
  const fixed = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const rest = Math.max(6, total - fixed);
  const involvement = Math.max(2, Math.round(rest * 0.42));
  const analysis = Math.max(4, rest - involvement);
  const title = (names: readonly string[]): string => random.pick(names);

  const sections: DraftSection[] = [
    section('introduction', title(['Introduction', 'Introduction and reasons for the review']), repeat(counts.introduction, () => inputs.writer.narrative([INTRODUCTION]))),
    section('terms', title(['Terms of reference', 'Scope and terms of reference']), termsOfReference(inputs, counts.terms)),
  ];
  if (counts.methodology > 0) {
    sections.push(section('methodology', title(['Methodology', 'Process of the review']), repeat(counts.methodology, () => inputs.writer.narrative([METHODOLOGY]))));
  }
  sections.push(
    section('background', title(['Family background', 'Background', 'The family']), repeat(counts.background, () => inputs.writer.narrative([BACKGROUND]))),
    { title: title(['Summary of agency involvement', 'Agency involvement']), subsectionTitles: SUBSECTIONS.involvement ?? [], blocks: involvementBlocks(inputs, involvement) },
    section('analysis', title(['Analysis', 'Findings']), analysisParagraphs(inputs, analysis)),
    section('lessons', title(['Lessons learned', 'Key learning']), findingParagraphs(inputs, counts.lessons, LESSON_LEADS, 0.25)),
    section('conclusions', 'Conclusions', findingParagraphs(inputs, counts.conclusions, CONCLUSION_LEADS, 0.3)),
    section('recommendations', 'Recommendations', recommendations(inputs, counts.recommendations)),
  );
  return sections;
}

function section(key: string, title: string, drafts: ParagraphDraft[]): DraftSection {
  return { title, subsectionTitles: SUBSECTIONS[key] ?? [], blocks: drafts.map((draft) => ({ type: 'paragraph', draft })) };
}

function repeat(count: number, make: () => ParagraphDraft): ParagraphDraft[] {
  return Array.from({ length: count }, make);
}

/** The first paragraph names the topics of the review: a list of topics is not a finding. */
function termsOfReference(inputs: SectionInputs, count: number): ParagraphDraft[] {
  const { random, filler } = inputs;
  const topics = random.sample(TERMS_OF_REFERENCE_TOPICS, random.int(4, 7));
  const list = `${topics.slice(0, -1).join('; ')}; and ${topics.at(-1)}.`;
  const first: ParagraphDraft = {
    themes: [], negated: [],
    text: `${filler.fill(random.pick(TERMS_OF_REFERENCE_LEADS))} ${list}`,
  };
  return [first, ...repeat(count - 1, () => inputs.writer.narrative([METHODOLOGY]))];
}

function involvementBlocks(inputs: SectionInputs, count: number): DraftBlock[] {
  const { random, writer, themes } = inputs;
  const withEvents = themes.filter((theme) => AGENCY_FAILURE_EVENTS[theme] !== undefined);
  const blocks: DraftBlock[] = [];
  const rows = chronology(inputs);
  inputs.filler.beginChronology(count * 4);
  for (let i = 0; i < count; i++) {
    const theme = withEvents.length > 0 && random.chance(0.18) ? random.pick(withEvents) : undefined;
    const failure = theme ? { theme, sentences: AGENCY_FAILURE_EVENTS[theme] ?? [] } : undefined;
    blocks.push({ type: 'paragraph', draft: writer.narrative([AGENCY_EVENTS], failure) });
    if (i === Math.min(1, count - 1)) blocks.push({ type: 'table', rows });
  }
  inputs.filler.endChronology();
  return blocks;
}

function chronology(inputs: SectionInputs): ChronologyRow[] {
  const { random, filler } = inputs;
  const events = [...CHRONOLOGY.any, ...(inputs.ageGroup === 'infant' ? CHRONOLOGY.infant : CHRONOLOGY.older)];
  const dates = Array.from({ length: random.int(6, 12) }, () => filler.date())
    .sort((a, b) => a.year - b.year || a.month - b.month || a.day - b.day);
  return dates.map((date) => {
    const [agency, event] = random.pick(events);
    return { date: `${String(date.day).padStart(2, '0')}/${String(date.month + 1).padStart(2, '0')}/${date.year}`, agency, event };
  });
}

/** Findings: mostly planted failures, with hard negatives and neutral analysis between them. */
function analysisParagraphs(inputs: SectionInputs, count: number): ParagraphDraft[] {
  const { random, writer } = inputs;
  const next = themeCycle(inputs);
  const drafts: ParagraphDraft[] = [];
  for (let i = 0; i < count; i++) {
    const roll = random.next();
    if (roll < 0.6 && inputs.themes.length > 0) {
      const themes = random.chance(0.25) ? [next(), next()] : [next()];
      const negate = random.chance(0.2) ? unplanted(inputs) : undefined;
      drafts.push(writer.finding(themes, FINDING_CONTEXT, negate));
    } else if (roll < 0.82) {
      const theme = random.chance(0.8) || inputs.themes.length === 0 ? unplanted(inputs) : next();
      drafts.push(theme ? writer.negative(theme) : writer.narrative([ANALYSIS_NEUTRAL, FINDING_CONTEXT]));
    } else {
      drafts.push(writer.narrative([ANALYSIS_NEUTRAL, FINDING_CONTEXT]));
    }
  }
  if (inputs.extraFinding) drafts.splice(random.int(0, drafts.length), 0, inputs.extraFinding);
  return drafts;
}

function findingParagraphs(inputs: SectionInputs, count: number, leads: readonly string[], negativeShare: number): ParagraphDraft[] {
  const { random, writer } = inputs;
  const next = themeCycle(inputs);
  return repeat(count, () => {
    const negative = random.chance(negativeShare) || inputs.themes.length === 0 ? unplanted(inputs) : undefined;
    if (negative) return writer.negative(negative);
    if (inputs.themes.length === 0) return writer.narrative([ANALYSIS_NEUTRAL, leads]);
    return writer.finding([next()], leads);
  });
}

function recommendations(inputs: SectionInputs, count: number): ParagraphDraft[] {
  const { random, writer } = inputs;
  const next = themeCycle(inputs);
  return repeat(count, () =>
    random.chance(0.2) || inputs.themes.length === 0 ? writer.recommendation(undefined, false) : writer.recommendation(next(), random.chance(0.4)),
  );
}

/** Round-robin over the planted themes, so each appears in proportion. */
function themeCycle(inputs: SectionInputs): () => ThemeId {
  const order = inputs.random.shuffle(inputs.themes);
  let index = 0;
  return () => order[index++ % order.length] as ThemeId;
}

function unplanted(inputs: SectionInputs): ThemeId | undefined {
  return inputs.negatable.length > 0 ? inputs.random.pick(inputs.negatable) : undefined;
}
