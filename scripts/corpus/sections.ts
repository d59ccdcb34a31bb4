import type { ThemeId } from '../../src/themes.js';
import { CHRONOLOGY, GLOSSARY } from './apparatus.js';
import type { NarrativeWriter } from './narrative.js';
import type { ParagraphDraft, ParagraphWriter, RecommendationEntry } from './paragraphs.js';
import type { Random } from './random.js';
import type { ReviewFacts } from './review-types.js';
import type { Filler } from './template.js';
import type { AgeGroup } from './vocabulary.js';

/** A ruled table: the chronology, the glossary or the action plan. Column widths are fractions of the text width. */
export interface Table {
  caption: string;
  columns: readonly { title: string; width: number }[];
  rows: string[][];
}

/** A section's content before numbering: paragraphs, and the tables where they go. */
export type DraftBlock = { type: 'paragraph'; draft: ParagraphDraft } | { type: 'table'; table: Table };

export interface DraftSection {
  title: string;
  /** Titles for the subsections of a report numbered to three levels. */
  subsectionTitles: readonly string[];
  blocks: DraftBlock[];
}

export interface SectionInputs {
  random: Random;
  writer: ParagraphWriter;
  narrative: NarrativeWriter;
  filler: Filler;
  ageGroup: AgeGroup;
  facts: ReviewFacts;
  themes: readonly ThemeId[];
  /** Themes that fit the review but were not planted: material for hard negatives. */
  negatable: readonly ThemeId[];
  paragraphs: number;
  /** Agencies that wrote individual management reviews. */
  agencies: readonly string[];
  /** Dates by which actionable recommendations are due. */
  deadlines: readonly string[];
  /** A finding paragraph to place in the analysis (a draft's near-copy of another report). */
  extraFinding?: ParagraphDraft;
}

const SUBSECTIONS: Record<string, readonly string[]> = {
  introduction: ['Reasons for the review', 'The review process', 'Acknowledgements'],
  terms: ['Scope', 'Key lines of enquiry'],
  methodology: ['Approach', 'Involvement of the family'],
  background: ['The family', 'Housing and circumstances', 'Health history'],
  involvement: ['First contacts with the family', 'The period of the plan', 'The months before the incident', 'The final weeks'],
  analysis: ['Seeing the child', 'Working together', 'Assessment and planning', 'Engaging parents', 'Management and supervision', 'Health services'],
  lessons: ['Learning for practitioners', 'Learning for the partnership'],
  conclusions: ['Overall conclusions', 'Could the outcome have been different?'],
  recommendations: ['Recommendations for the partnership', 'Recommendations for agencies'],
};

/**
 * The sections of an overview report in their usual order, each with its share of the paragraph
 * budget; which optional parts appear follows the review's quality profile. A learning brief has
 * four short sections.
 */
export function buildSections(inputs: SectionInputs): DraftSection[] {
  return inputs.facts.document === 'brief' ? briefSections(inputs) : overviewSections(inputs);
}

function overviewSections(inputs: SectionInputs): DraftSection[] {
  const { random, writer, narrative, facts, paragraphs: total } = inputs;
  const { quality } = facts;
  const share = (fraction: number, min: number, max: number): number => Math.max(min, Math.min(max, Math.round(total * fraction)));
  const rapid = facts.type === 'rapid review';
  const counts = {
    lessons: share(0.09, 2, 14),
    conclusions: share(0.05, 2, 6),
    recommendations: share(0.08, 3, 12),
  };
  const rest = Math.max(6, total - Object.values(counts).reduce((sum, count) => sum + count, 0) - 12);
  const involvement = Math.max(2, Math.round(rest * 0.4));
  const analysis = Math.max(4, rest - involvement);
  const title = (names: readonly string[]): string => random.pick(names);
  const paragraph = (makers: (() => string)[], words?: number): ParagraphDraft => writer.narrativeParagraph(makers, words);

  const sections: DraftSection[] = [];
  if (!rapid) sections.push(section('summary', 'Executive summary', [paragraph(narrative.summary(), 70), paragraph(narrative.summary(), 60)]));
  const introduction = [writer.narrativeParagraph(narrative.introduction(), undefined, undefined, narrative.childStatement()), paragraph([...narrative.timeliness(), ...narrative.introduction()], 50)];
  if (quality.independence !== 'not') introduction.push(paragraph(narrative.independence(quality.independence), 30));
  sections.push(section('introduction', title(['Introduction', 'Introduction and reasons for the review']), introduction));
  if (quality.terms_of_reference !== 'not' && !rapid) {
    sections.push(section('terms', title(['Terms of reference', 'Scope and terms of reference']), [paragraph(narrative.termsOfReference(quality.terms_of_reference === 'met'), 40)]));
  }
  const method = [paragraph(narrative.methodology(inputs.agencies), 60)];
  if (quality.family_involvement !== 'not') method.push(paragraph(narrative.familyInvolvement(quality.family_involvement), 30));
  sections.push(section('methodology', title(['Methodology', 'Process of the review']), method));
  const background = repeat(rapid ? 1 : random.int(2, 3), () => paragraph(narrative.background()));
  if (quality.diversity !== 'not') background.push(paragraph(narrative.diversity(quality.diversity), 40));
  sections.push(section('background', title(['Family background', 'Background', 'The family']), background));
  if (quality.child_at_centre === 'met') sections.push(section('child', title(["The child's lived experience", "The child's daily life"]), [paragraph(narrative.childsExperience('met'), 60)]));
  else if (quality.child_at_centre === 'partly') background.push(paragraph(narrative.childsExperience('partly'), 20));
  sections.push(
    { title: title(['Summary of agency involvement', 'Agency involvement']), subsectionTitles: SUBSECTIONS.involvement ?? [], blocks: involvementBlocks(inputs, involvement) },
    section('analysis', title(['Analysis', 'Findings']), analysisParagraphs(inputs, analysis)),
    section('lessons', title(['Lessons learned', 'Key learning']), findingParagraphs(inputs, counts.lessons, 0.25)),
    section('conclusions', 'Conclusions', findingParagraphs(inputs, counts.conclusions, 0.3)),
  );
  const { drafts, entries } = recommendations(inputs, counts.recommendations);
  sections.push(section('recommendations', 'Recommendations', drafts));
  if (!rapid) sections.push({ title: 'Glossary', subsectionTitles: [], blocks: [{ type: 'table', table: glossary(random) }] });
  if (quality.action_plan !== 'not') sections.push({ title: 'Appendix: action plan', subsectionTitles: [], blocks: [{ type: 'table', table: actionPlan(inputs, entries) }] });
  return sections;
}

/** A learning brief: what happened, what was learned and what to do, in two to four pages. */
function briefSections(inputs: SectionInputs): DraftSection[] {
  const { writer, narrative } = inputs;
  return [
    section('background', 'Background', [writer.narrativeParagraph(narrative.introduction(), 60, undefined, narrative.childStatement())]),
    { title: 'What happened', subsectionTitles: [], blocks: involvementBlocks(inputs, 1).filter((block) => block.type === 'paragraph') },
    section('lessons', 'Key learning', findingParagraphs(inputs, Math.min(4, inputs.themes.length), 0)),
    section('recommendations', 'Recommendations', recommendations(inputs, 2).drafts),
  ];
}

function section(key: string, title: string, drafts: ParagraphDraft[]): DraftSection {
  return { title, subsectionTitles: SUBSECTIONS[key] ?? [], blocks: drafts.map((draft) => ({ type: 'paragraph', draft })) };
}

function repeat<T>(count: number, make: () => T): T[] {
  return Array.from({ length: count }, make);
}

function involvementBlocks(inputs: SectionInputs, count: number): DraftBlock[] {
  const { random, writer, themes, narrative } = inputs;
  const blocks: DraftBlock[] = [];
  const table = chronology(inputs);
  inputs.filler.beginChronology(count * 4);
  for (let i = 0; i < count; i++) {
    const theme = themes.length > 0 && random.chance(0.18) ? random.pick(themes) : undefined;
    blocks.push({ type: 'paragraph', draft: writer.narrativeParagraph(narrative.involvement(), undefined, theme) });
    if (i === Math.min(1, count - 1)) blocks.push({ type: 'table', table });
  }
  inputs.filler.endChronology();
  return blocks;
}

function chronology(inputs: SectionInputs): Table {
  const { random, filler } = inputs;
  const events = [...CHRONOLOGY.any, ...(inputs.ageGroup === 'infant' ? CHRONOLOGY.infant : CHRONOLOGY.older)];
  const dates = Array.from({ length: random.int(6, 12) }, () => filler.date())
    .sort((a, b) => a.year - b.year || a.month - b.month || a.day - b.day);
  return {
    caption: 'Summary of key events',
    columns: [{ title: 'Date', width: 0.2 }, { title: 'Agency', width: 0.26 }, { title: 'Event', width: 0.54 }],
    rows: dates.map((date) => {
      const [agency, event] = random.pick(events);
      return [`${String(date.day).padStart(2, '0')}/${String(date.month + 1).padStart(2, '0')}/${date.year}`, agency, event];
    }),
  };
}

function glossary(random: Random): Table {
  const terms = random.sample(GLOSSARY, random.int(5, 9)).sort((a, b) => a[0].localeCompare(b[0]));
  return { caption: 'Terms and abbreviations', columns: [{ title: 'Term', width: 0.3 }, { title: 'Meaning', width: 0.7 }], rows: terms.map(([term, meaning]) => [term, meaning]) };
}

/** The action plan: each recommendation with its owner, date and status; no dates when the plan only partly meets the criterion. */
function actionPlan(inputs: SectionInputs, entries: readonly RecommendationEntry[]): Table {
  const { random, facts } = inputs;
  return {
    caption: 'Action plan',
    columns: [{ title: 'Ref', width: 0.08 }, { title: 'Action', width: 0.46 }, { title: 'Lead', width: 0.2 }, { title: 'Date', width: 0.14 }, { title: 'Status', width: 0.12 }],
    rows: entries.map((entry, index) => [
      `R${index + 1}`, entry.outcome, entry.owner,
      facts.quality.action_plan === 'met' ? entry.deadline ?? random.pick(inputs.deadlines) : 'To be agreed',
      random.pick(['Complete', 'In progress', 'Not started']),
    ]),
  };
}

/** Findings: mostly planted failures, with hard negatives and neutral analysis between them. */
function analysisParagraphs(inputs: SectionInputs, count: number): ParagraphDraft[] {
  const { random, writer, narrative } = inputs;
  const next = themeCycle(inputs);
  const drafts: ParagraphDraft[] = [];
  for (let i = 0; i < count; i++) {
    const roll = random.next();
    if (roll < 0.6 && inputs.themes.length > 0) {
      const themes = random.chance(0.25) ? [next(), next()] : [next()];
      drafts.push(writer.finding(themes, random.chance(0.2) ? unplanted(inputs) : undefined));
    } else if (roll < 0.82) {
      const theme = random.chance(0.8) || inputs.themes.length === 0 ? unplanted(inputs) : next();
      drafts.push(theme ? writer.negative(theme) : writer.narrativeParagraph(narrative.analysis()));
    } else {
      drafts.push(writer.narrativeParagraph(narrative.analysis()));
    }
  }
  if (inputs.extraFinding) drafts.splice(random.int(0, drafts.length), 0, inputs.extraFinding);
  return drafts;
}

function findingParagraphs(inputs: SectionInputs, count: number, negativeShare: number): ParagraphDraft[] {
  const { random, writer, narrative } = inputs;
  const next = themeCycle(inputs);
  return repeat(count, () => {
    const negative = random.chance(negativeShare) || inputs.themes.length === 0 ? unplanted(inputs) : undefined;
    if (negative) return writer.negative(negative);
    if (inputs.themes.length === 0) return writer.narrativeParagraph(narrative.analysis());
    return writer.finding([next()]);
  });
}

function recommendations(inputs: SectionInputs, count: number): { drafts: ParagraphDraft[]; entries: RecommendationEntry[] } {
  const { random, writer, facts } = inputs;
  const next = themeCycle(inputs);
  const made = repeat(count, () => {
    const theme = random.chance(0.2) || inputs.themes.length === 0 ? undefined : next();
    return writer.recommendation(theme, facts.quality.actionable_recommendations, random.pick(inputs.deadlines), theme !== undefined && random.chance(0.4));
  });
  return { drafts: made.map((m) => m.draft), entries: made.map((m) => m.entry) };
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
