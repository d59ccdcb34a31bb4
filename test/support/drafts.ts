import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildReport, paragraphsOf, type ReportModel, type ReportOptions } from '../../scripts/corpus/report-model.js';
import { writeReport } from '../../scripts/corpus/write-report.js';
import type { CheckReport } from '../../src/check/types.js';
import type { ThemeId } from '../../src/model/themes.js';

/** What a test knows about a draft it made: the failings planted, and which paragraphs state each. */
export interface DraftTruth {
  planted: ThemeId[];
  paragraphs: Array<{ number: string; themes: ThemeId[]; text: string }>;
}

export function draftTruth(model: ReportModel): DraftTruth {
  return { planted: model.plantedThemes, paragraphs: paragraphsOf(model).map(({ number, themes, text }) => ({ number, themes, text })) };
}

/** A draft overview report as a PDF (pdfkit, as the corpus is made), written into `dir`. */
export async function writeDraftPdf(dir: string, seed: number, options: ReportOptions): Promise<{ file: string; model: ReportModel }> {
  const model = buildReport(seed, { draft: true, ...options });
  const file = await writeReport(model, dir, `draft-${seed}`, 'pdfkit');
  return { file, model };
}

/** The same draft as Markdown, as a board might keep it: "#" headings and numbered paragraphs. */
export function draftMarkdown(model: ReportModel): string {
  const lines = [`# ${model.meta.title}`, '', `**${model.printed.board}**, draft of ${model.printed.titlePageDate}`, ''];
  for (const section of model.sections) {
    lines.push(`## ${section.number}. ${section.title}`, '');
    for (const block of section.blocks) {
      if (block.type === 'heading') lines.push(`### ${block.number} ${block.title}`, '');
      if (block.type === 'paragraph') lines.push(`${block.paragraph.number} ${block.paragraph.text}`, '');
    }
  }
  return lines.join('\n');
}

/**
 * Per planted failing: whether the report lists it, and which of the paragraphs that state it
 * (by the generator's account) the report cites for it.
 */
export function plantedRecall(report: CheckReport, truth: DraftTruth): Array<{ theme: ThemeId; found: boolean; expected: string[]; cited: string[] }> {
  return truth.planted.map((theme) => {
    const expected = truth.paragraphs.filter((paragraph) => paragraph.themes.includes(theme)).map((paragraph) => paragraph.number);
    const cited = report.themes.find((found) => found.theme === theme)?.passages.map((passage) => passage.paragraph ?? '') ?? [];
    return { theme, found: expected.some((number) => cited.includes(number)), expected, cited };
  });
}

export function readTruthFile(file: string): DraftTruth {
  return JSON.parse(readFileSync(file, 'utf8')) as DraftTruth;
}

export const DRAFT_FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures', 'drafts');
