import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, test } from 'vitest';
import { readDraft } from '../../../src/check/draft-reader.js';
import { assessQuality } from '../../../src/check/quality/assess-quality.js';
import { loadQualityCriteria } from '../../../src/check/quality/criteria-file.js';
import type { CriterionResult, QualityReport, Verdict } from '../../../src/check/quality/types.js';
import { loadConfig } from '../../../src/config.js';
import { tagPassage } from '../../../src/ingest/tag-with-layers.js';
import { loadTagger, type Tagger } from '../../../src/lexicon/index.js';

const DRAFTS = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'quality-drafts');
const config = loadConfig({});
const criteria = loadQualityCriteria(config.criteria);
let tagger: Tagger;

beforeAll(() => {
  tagger = loadTagger(config.lexicons);
});

async function assess(name: string, bytes: Uint8Array = readFileSync(path.join(DRAFTS, name))): Promise<QualityReport> {
  const document = await readDraft({ name, bytes });
  return assessQuality({ passages: document.passages.map((passage) => tagPassage(passage, tagger)), title: document.displayTitle, paginated: document.format === 'pdf' }, criteria);
}

/** A Markdown draft printed as a PDF: "#" lines as headings, every other paragraph as body text, a new page at `breakBefore`. */
function markdownPdf(markdown: string, breakBefore: string): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margin: 72 });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  for (const block of markdown.split(/\n{2,}/)) {
    if (block.startsWith(breakBefore)) pdf.addPage();
    const heading = /^#+\s+/.exec(block);
    pdf.font(heading ? 'Helvetica-Bold' : 'Helvetica').fontSize(heading ? 15 : 11).text(block.slice(heading?.[0].length ?? 0), { paragraphGap: 8 });
  }
  pdf.end();
  return new Promise((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
}

function criterion(report: QualityReport, id: string): CriterionResult {
  const found = report.criteria.find((result) => result.id === id);
  if (!found) throw new Error(`no criterion ${id}`);
  return found;
}

describe('the quality of a draft, criterion by criterion', () => {
  test('when a draft has no family-involvement statement, nothing of the child\'s views and no dated recommendation, then those three are "not found", each with advice', async () => {
    const report = await assess('canal-no-voice.md');
    for (const id of ['family_involvement', 'child_at_centre', 'actionable_recommendations']) {
      expect(criterion(report, id)).toMatchObject({ verdict: 'not found', advice: expect.stringMatching(/\.$/) });
    }
    const recommendations = criterion(report, 'actionable_recommendations').measures;
    expect(recommendations.kind === 'recommendations' && recommendations.recommendations.map((scored) => [scored.citation, scored.score, scored.lacks])).toEqual([
      ['para 5.1', 2, ['a timescale or review date']],
      ['para 5.2', 2, ['a timescale or review date']],
      ['para 5.3', 2, ['a timescale or review date']],
    ]);
    expect(criterion(report, 'independence')).toMatchObject({ verdict: 'met', advice: null });
  });

  test('when a draft meets a criterion, then its evidence is cited by paragraph with the cue words marked', async () => {
    const family = criterion(await assess('riverside-complete.md'), 'family_involvement');
    expect(family.verdict).toBe('met');
    const [first] = family.evidence;
    expect(first?.citation).toBe('para 3.1');
    expect(first?.marks.map((mark) => first.text.slice(mark.start, mark.end))).toEqual(expect.arrayContaining(['mother', 'review', 'invited']));
  });

  test('when the draft is a PDF, then the evidence is cited with its page too', async () => {
    const markdown = readFileSync(path.join(DRAFTS, 'riverside-complete.md'), 'utf8');
    const report = await assess('riverside-complete.pdf', await markdownPdf(markdown, '## 3. Involvement of the family'));
    const family = criterion(report, 'family_involvement');
    expect(family.verdict).toBe('met');
    const citations = family.evidence.map((passage) => passage.citation);
    expect(citations.slice(0, 2)).toEqual(['para 3.1, p. 2', 'para 3.2, p. 2']);
    for (const citation of citations) expect(citation).toMatch(/^para \d+\.\d+, p\. [12]$/);
    expect(criterion(report, 'independence').evidence.map((passage) => passage.citation)).toEqual(['para 2.3, p. 1']);
  });

  test('when a draft states its own timescale, then the months taken are set against it rather than six', async () => {
    const timeliness = criterion(await assess('harbour-complete.txt'), 'timeliness');
    expect(timeliness.verdict).toBe('met');
    expect(timeliness.measures).toMatchObject({ kind: 'timeline', months: 8.1, limit_months: 9, stated_timescale: true, over_limit: false });
    const late = criterion(await assess('ashgrove-late.md'), 'timeliness');
    expect(late).toMatchObject({ verdict: 'partly', measures: { months: 11.5, limit_months: 6, over_limit: true } });
    expect(late.finding).toMatch(/took 11\.5 months, over the 6 months/);
  });

  test('when a chronology says a practitioner "completed a review" years before, then the review\'s own completion is not taken from it', async () => {
    const timeliness = criterion(await assess('kingsmere-thin-analysis.md'), 'timeliness');
    expect(timeliness.measures).toMatchObject({ kind: 'timeline', months: 5.9, dates: [expect.objectContaining({ event: 'incident' }), { event: 'commissioned', date: '1 February 2020', iso: '2020-02-01', citation: 'paragraph 1 (unnumbered)' }, { event: 'published', date: '28 July 2020', iso: '2020-07-28', citation: 'paragraph 1 (unnumbered)' }] });
  });

  test('when a draft is chronology only, then analysis is "not found" and its share is reported', async () => {
    const why = criterion(await assess('moorland-chronology.md'), 'why_not_only_what');
    expect(why.verdict).toBe('not found');
    expect(why.finding).toMatch(/^Analysis is \d+% of the draft's words outside its recommendations/);
    expect(criterion(await assess('moorland-chronology.md'), 'timeliness')).toMatchObject({ verdict: 'not found', finding: 'No dates for the review itself (commissioned, completed, published) were found (only incident October 2019).' });
  });

  test('on the hand-labelled drafts, every criterion agrees with the label on at least 10 of 12', async () => {
    const drafts = readdirSync(DRAFTS).filter((name) => /\.(md|txt)$/.test(name) && existsSync(path.join(DRAFTS, name.replace(/\.\w+$/, '.labels.json'))));
    expect(drafts.length).toBeGreaterThanOrEqual(12);
    const agreeing = new Map<string, number>();
    for (const name of drafts) {
      const labels = JSON.parse(readFileSync(path.join(DRAFTS, name.replace(/\.\w+$/, '.labels.json')), 'utf8')) as Record<string, Verdict>;
      for (const result of (await assess(name)).criteria) agreeing.set(result.id, (agreeing.get(result.id) ?? 0) + (labels[result.id] === result.verdict ? 1 : 0));
    }
    for (const { id } of criteria) expect(agreeing.get(id), id).toBeGreaterThanOrEqual(Math.ceil((drafts.length * 10) / 12));
  });
});
