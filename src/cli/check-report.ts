import type { CheckReport } from '../check/types.js';
import { writeLine, type CliIO } from './command.js';

const PARAGRAPHS_SHOWN = 10;
const SIMILAR_SHOWN = 3;
const RECOMMENDATIONS_SHOWN = 3;

/** The check report for a terminal: the summary, then each failing with its recurrence and closest earlier passages. */
export function printCheckReport(report: CheckReport, io: CliIO, htmlFile?: string): void {
  const { counts } = report;
  writeLine(io.stdout, report.summary);
  writeLine(io.stdout, `Checked "${report.draft.name}" (${report.draft.paragraphs} paragraphs) against ${counts.corpus_reviews} earlier reviews.`);
  for (const [index, theme] of report.themes.entries()) {
    writeLine(io.stdout, `\n${index + 1}. ${theme.label}: found in ${theme.reviews_with_theme} of ${counts.corpus_reviews} earlier reviews (${percent(theme.share)})`);
    const more = theme.passages.length - PARAGRAPHS_SHOWN;
    writeLine(io.stdout, `   In this draft: ${theme.passages.slice(0, PARAGRAPHS_SHOWN).map((passage) => passage.citation).join('; ')}${more > 0 ? `; and ${more} more` : ''}`);
    if (theme.similar.length > 0) writeLine(io.stdout, '   Most similar earlier passages:');
    for (const similar of theme.similar.slice(0, SIMILAR_SHOWN)) writeLine(io.stdout, `     ${similar.score.toFixed(2)}  ${similar.citation}  (like ${similar.draft_citation})`);
    if (theme.recommendations.length > 0) writeLine(io.stdout, '   Earlier recommendations:');
    for (const recommendation of theme.recommendations.slice(0, RECOMMENDATIONS_SHOWN)) {
      writeLine(io.stdout, `     in ${recommendation.reviews} review${recommendation.reviews === 1 ? '' : 's'}: ${clip(recommendation.text)}`);
    }
  }
  if (report.recommendations.length > 0) writeLine(io.stdout, '\nThe draft\'s recommendations against earlier ones:');
  for (const placed of report.recommendations) {
    const where = placed.placement === 'group' && placed.group ? `${placed.tier}, asked by ${placed.group.reviews} review${placed.group.reviews === 1 ? '' : 's'}${placed.group.first_year !== null ? ` since ${placed.group.first_year}` : ''}` : 'new ask';
    writeLine(io.stdout, `  ${placed.draft.citation}: ${where}`);
    writeLine(io.stdout, `    ${clip(placed.draft.text)}`);
    writeLine(io.stdout, `    ${placed.reason}`);
  }
  printQuality(report.quality, io);
  if (report.saved) writeLine(io.stdout, `\nThe draft was ${report.saved.outcome === 'unchanged' ? 'already in' : 'added to'} the corpus (review ${report.saved.review_id}).`);
  if (htmlFile) writeLine(io.stdout, `\nThe full report is in ${htmlFile}.`);
}

/** Each criterion's verdict and finding; the advice and the evidence's citations when it is not met. */
function printQuality(quality: CheckReport['quality'], io: CliIO): void {
  writeLine(io.stdout, `\nReview quality: ${quality.summary}`);
  for (const criterion of quality.criteria) {
    writeLine(io.stdout, `  ${`[${criterion.verdict}]`.padEnd(12)} ${criterion.label}`);
    writeLine(io.stdout, `${' '.repeat(16)}${criterion.finding}`);
    if (criterion.measures.kind === 'recommendations') {
      for (const recommendation of criterion.measures.recommendations) {
        writeLine(io.stdout, `${' '.repeat(16)}${recommendation.citation}: ${recommendation.score}/3${recommendation.lacks.length > 0 ? `, lacks ${recommendation.lacks.join('; ')}` : ''}`);
      }
    }
    if (criterion.advice) writeLine(io.stdout, `${' '.repeat(16)}Advice: ${criterion.advice}`);
  }
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function clip(text: string, length = 110): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}
