import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkDraft } from '../../src/check/check-draft.js';
import { corpusIndex, type CorpusIndex } from '../../src/check/corpus-index.js';
import type { TermVector } from '../../src/check/similarity.js';
import { matchPool, type GroupMatcher } from '../../src/check/match-pool.js';
import { loadQualityCriteria } from '../../src/check/quality/criteria-file.js';
import type { CheckReport, Draft } from '../../src/check/types.js';
import { loadConfig } from '../../src/config.js';
import { renderStandaloneCheckReport } from '../../src/http/views/check.js';
import { loadTagger, type Tagger } from '../../src/lexicon/index.js';
import { withModel } from '../../src/classifier/layered-tagger.js';
import { ThemeModel } from '../../src/classifier/theme-model.js';
import { checkQueries } from '../../src/store/check-queries.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { reviewWriter } from '../../src/store/reviews.js';
import type { ThemeId } from '../../src/model/themes.js';
import { ingestedCorpus, writeDatabase } from '../support/check-corpus.js';
import { corpusTruths } from '../support/corpus.js';
import { DRAFT_FIXTURES, draftMarkdown, draftTruth, plantedRecall, readTruthFile, writeDraftPdf, type DraftTruth } from '../support/drafts.js';

const PLANTED: ThemeId[] = ['face_value', 'child_not_seen', 'hidden_men', 'professional_drift', 'multi_agency', 'recording'];

let dir: string;
let dbFile: string;
let db: Db;
let tagger: Tagger;
const criteria = loadQualityCriteria(loadConfig({}).criteria);
/** A finding of a published review with at least one failing: the paragraph the drafts copy. */
let source: { review: string; number: string; text: string; themes: ThemeId[]; id: number };
let pdf: { bytes: Buffer; truth: DraftTruth; markdown: string };
let pdfReport: CheckReport;

const check = (draft: Draft): Promise<CheckReport> => checkDraft(draft, { queries: checkQueries(db), tagger, criteria, maxUploadMb: 50 });

beforeAll(async () => {
  tagger = loadTagger(loadConfig({}).lexicons);
  dir = mkdtempSync(path.join(tmpdir(), 'lessons-check-'));
  dbFile = path.join(dir, 'corpus.db');
  writeDatabase(dbFile, await ingestedCorpus(tagger));
  db = openDatabase(dbFile, { readonly: true });

  const truth = corpusTruths().find((candidate) => candidate.paragraphs.some((paragraph) => paragraph.kind === 'finding' && paragraph.themes.length > 0 && paragraph.text.length > 300));
  const paragraph = truth?.paragraphs.find((candidate) => candidate.kind === 'finding' && candidate.themes.length > 0 && candidate.text.length > 300);
  if (!truth || !paragraph) throw new Error('the bundled corpus has no finding with a failing to copy');
  const row = db
    .prepare<[string, string], { id: number }>('SELECT p.id FROM passages p JOIN reviews r ON r.id = p.review_id WHERE r.title = ? AND p.paragraph = ?')
    .get(truth.meta.title, paragraph.number);
  if (!row) throw new Error(`paragraph ${paragraph.number} of ${truth.file} is not in the ingested corpus`);
  source = { review: truth.file, number: paragraph.number, text: paragraph.text, themes: paragraph.themes, id: row.id };

  const { file, model } = await writeDraftPdf(dir, 31, { targetPages: 16, ageGroup: 'child', plantThemes: PLANTED, nearDuplicateOf: { text: source.text, themes: source.themes } });
  pdf = { bytes: readFileSync(file), truth: draftTruth(model), markdown: draftMarkdown(model) };
  pdfReport = await check({ name: 'draft.pdf', bytes: pdf.bytes });
  // The corpus's scanned reports are read by OCR when test/support/corpus.ts has not cached them yet.
}, 600_000);
afterAll(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The draft paragraph that copies the source: the one sharing most of its three-word runs (single words are too common to tell). */
function copyOf(truth: DraftTruth): string {
  const runs = (text: string): string[] => text.toLowerCase().split(/\W+/).flatMap((word, i, words) => (i + 3 <= words.length ? [words.slice(i, i + 3).join(' ')] : []));
  const sourceRuns = new Set(runs(source.text));
  const overlap = (text: string) => runs(text).filter((run) => sourceRuns.has(run)).length;
  const best = [...truth.paragraphs].sort((a, b) => overlap(b.text) - overlap(a.text))[0];
  return best?.number ?? '';
}

function expectPlantedFound(report: CheckReport, truth: DraftTruth): void {
  const recall = plantedRecall(report, truth);
  const found = recall.filter((theme) => theme.found).length;
  const paragraphs = recall.reduce((sum, theme) => sum + theme.expected.filter((number) => theme.cited.includes(number)).length, 0);
  const expected = recall.reduce((sum, theme) => sum + theme.expected.length, 0);
  console.log(`${report.draft.format}: planted failings found ${found}/${recall.length}; their paragraphs cited ${paragraphs}/${expected}`);
  expect(found / recall.length, JSON.stringify(recall.filter((theme) => !theme.found))).toBeGreaterThanOrEqual(0.9);
  expect(paragraphs / expected).toBeGreaterThanOrEqual(0.8);
}

function expectCopyFirst(report: CheckReport, copy: string): void {
  const themes = report.themes.filter((theme) => theme.passages.some((passage) => passage.paragraph === copy));
  expect(themes.length, `no failing was found in the copied paragraph ${copy}`).toBeGreaterThan(0);
  for (const theme of themes) {
    console.log(`${report.draft.format}: ${theme.theme}: most similar earlier passage ${theme.similar[0]?.citation} (${theme.similar[0]?.score}), like ${theme.similar[0]?.draft_citation}`);
    expect(theme.similar[0]?.id, `${theme.theme}: the copied passage is not first`).toBe(source.id);
    expect(theme.similar[0]?.draft_citation).toMatch(new RegExp(`^para ${copy.replace(/\./g, '\\.')}\\b`));
    expect(theme.similar[0]?.score).toBeGreaterThan(0.8);
  }
}

describe('a board checks a draft against the corpus', () => {
  test('when a PDF draft states planted failings and copies a published paragraph, then at least 90% of the failings are found at their paragraphs and the copy ranks first', () => {
    expectPlantedFound(pdfReport, pdf.truth);
    expectCopyFirst(pdfReport, copyOf(pdf.truth));
    expect(pdfReport.draft).toMatchObject({ name: 'draft.pdf', format: 'pdf' });
    expect(pdfReport.draft.pages).toBeGreaterThan(10);
  });

  test('when the same draft is Markdown, then the same failings, paragraphs and copy are found', async () => {
    const report = await check({ name: 'draft.md', bytes: Buffer.from(pdf.markdown) });
    expect(report.draft.format).toBe('markdown');
    expectPlantedFound(report, pdf.truth);
    expectCopyFirst(report, copyOf(pdf.truth));
  });

  test('when the draft is a Word document, then its planted failings are found at their numbered paragraphs', async () => {
    const file = path.join(DRAFT_FIXTURES, 'draft.docx');
    const report = await check({ name: 'draft.docx', bytes: readFileSync(file) });
    expect(report.draft.format).toBe('docx');
    expectPlantedFound(report, readTruthFile(`${file}.truth.json`));
  });

  test('when the report is made, then the summary counts the failings and the repeated recommendations', () => {
    const { counts } = pdfReport;
    expect(counts.known_failings).toBe(pdfReport.themes.length);
    expect(counts.recommendations).toBe(pdfReport.recommendations.length);
    expect(counts.repeated_recommendations).toBe(pdfReport.recommendations.filter((placed) => placed.placement === 'group').length);
    expect(pdfReport.summary).toBe(`This draft describes ${counts.known_failings} known failings; ${counts.repeated_recommendations} of its ${counts.recommendations} recommendations make an ask earlier reviews made (the same or a similar ask).`);
  });

  test('when a draft recommendation is placed in a group, then it has a tier, a reason, a meaning for its score, and matches one per review', () => {
    const placed = pdfReport.recommendations.filter((recommendation) => recommendation.placement === 'group');
    expect(placed.length).toBeGreaterThan(0);
    for (const repeated of placed) {
      expect(repeated.draft.kind).toBe('recommendation');
      expect(['same ask', 'similar ask']).toContain(repeated.tier);
      expect(repeated.reason).toMatch(/^(Same ask|Similar ask)/);
      expect(repeated.score_meaning.startsWith(repeated.score.toFixed(2))).toBe(true);
      expect(repeated.earlier_reviews).toBe(repeated.group?.reviews);
      expect(repeated.matches.every((match) => match.kind === 'recommendation')).toBe(true);
      expect(new Set(repeated.matches.map((match) => match.review.id)).size).toBe(repeated.matches.length);
    }
  });

  test('when a draft recommendation asks for something no review asked, then it is not flagged as a repeat', async () => {
    const text = [
      '# Serious Case Review: Child Q',
      '## 5. Findings',
      "5.1 The social worker accepted the mother's explanation of the bruising at face value and did not check it with the school.",
      '## 6. Recommendations',
      '6.1 The Partnership should commission a Polish-speaking family liaison worker for the northern coalfield villages by next spring.',
      '6.2 Practitioners should identify and engage every adult who lives in or regularly visits the household.',
    ].join('\n\n');
    const report = await check({ name: 'short.md', bytes: Buffer.from(text) });
    expect(report.counts.recommendations).toBe(2);
    expect(report.recommendations.find((placed) => placed.draft.paragraph === '6.1')?.placement).toBe('new');
  });

  test('when a failing is reported, then its recurrence agrees with a direct count of the corpus, overall and by year', () => {
    for (const theme of pdfReport.themes) {
      const direct = db.prepare<[string], { n: number }>('SELECT count(DISTINCT review_id) AS n FROM passage_themes WHERE theme = ?').get(theme.theme)?.n;
      expect(theme.reviews_with_theme, theme.theme).toBe(direct);
      expect(theme.by_year.reduce((sum, year) => sum + year.reviews_with_theme, 0)).toBe(direct);
      expect(theme.share).toBeCloseTo((direct ?? 0) / pdfReport.counts.corpus_reviews, 2);
      expect(theme.similar.length).toBeLessThanOrEqual(5);
      expect(theme.similar.map((similar) => similar.score)).toEqual([...theme.similar.map((similar) => similar.score)].sort((a, b) => b - a));
      // One per review, none below the floor, each score said in words.
      expect(new Set(theme.similar.map((similar) => similar.review.id)).size).toBe(theme.similar.length);
      expect(theme.similar.every((similar) => similar.score >= pdfReport.method.thresholds.similar_passage_floor && similar.score_meaning.startsWith(similar.score.toFixed(2)))).toBe(true);
    }
  });

  test('when the report is serialised, then it has the documented JSON shape', () => {
    const json = JSON.parse(JSON.stringify(pdfReport)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['summary', 'themes', 'recommendations']));
    const [theme] = json.themes as Array<Record<string, unknown>>;
    expect(Object.keys(theme ?? {})).toEqual(expect.arrayContaining(['theme', 'passages', 'reviews_with_theme', 'share', 'similar', 'recommendations', 'by_year', 'label']));
  });

  test('when a matching thread shares the corpus queries with the check, then the report is the same as one thread makes', async () => {
    expect(await checkDraft({ name: 'draft.pdf', bytes: pdf.bytes }, { queries: checkQueries(db), tagger, criteria, maxUploadMb: 50, matcher: matchPool(dbFile) })).toEqual(pdfReport);
  });

  test('when the matching thread answers every group before the check asks any, then each paragraph finds the passages it finds alone', async () => {
    const real = matchPool(dbFile);
    let answered: Promise<Array<[number, Int32Array]>> = Promise.resolve([]);
    const matcher: GroupMatcher = (job) => (answered = real(job));
    const texts = [source.text, ...pdf.truth.paragraphs.slice(0, 12).map((paragraph) => paragraph.text)];
    // Every vector first, as a check makes them: term numbers, and so the order of a cosine's sums, follow the order words are met.
    const [shared, alone] = [corpusIndex(checkQueries(db)), corpusIndex(checkQueries(db))].map((index) => ({ index, vectors: texts.map((text) => index.vectorOf(text)) })) as [{ index: CorpusIndex; vectors: TermVector[] }, { index: CorpusIndex; vectors: TermVector[] }];
    const finish = shared.index.matchAhead(shared.vectors, matcher);
    expect((await answered).length, 'the thread answered no group').toBeGreaterThan(0);
    await finish();
    const found = ({ index, vectors }: typeof alone) => vectors.map((vector) => index.passagesOnThemes(vector, source.themes, 30).map((passage) => [passage.row.id, passage.score]));
    expect(found(shared)).toEqual(found(alone));
  });

  test('when the user asks for the draft to be added, then it is stored through the review writer and the next check counts it, as a newly opened connection would', async () => {
    const copy = path.join(dir, 'save.db');
    copyFileSync(dbFile, copy);
    const writable = openDatabase(copy);
    const reader = openDatabase(copy, { readonly: true });
    try {
      const before = writable.prepare('SELECT count(*) AS n FROM reviews').get() as { n: number };
      const saved = await checkDraft({ name: 'draft.md', bytes: Buffer.from(pdf.markdown) }, { queries: checkQueries(reader), tagger, criteria, maxUploadMb: 50, saveTo: { writer: reviewWriter(writable), file: 'upload:draft.md' } });
      expect(saved.saved?.outcome).toBe('added');
      expect((writable.prepare('SELECT count(*) AS n FROM reviews').get() as { n: number }).n).toBe(before.n + 1);
      const stored = writable.prepare<[number], { n: number }>('SELECT count(*) AS n FROM passages WHERE review_id = ?').get(saved.saved?.review_id ?? -1);
      expect(stored?.n).toBe(saved.draft.paragraphs);

      // What the reader kept between checks (themes, the reviews that found them, earlier recommendations) is read again: the next check is a fresh connection's.
      const draft = { name: 'draft.md', bytes: Buffer.from(pdf.markdown) };
      const next = await checkDraft(draft, { queries: checkQueries(reader), tagger, criteria, maxUploadMb: 50 });
      const fresh = openDatabase(copy, { readonly: true });
      try {
        expect(next).toEqual(await checkDraft(draft, { queries: checkQueries(fresh), tagger, criteria, maxUploadMb: 50 }));
      } finally {
        fresh.close();
      }
      const [first] = saved.themes;
      expect(first, 'the saved draft describes no failing').toBeDefined();
      expect(next.themes.find((theme) => theme.theme === first?.theme)?.reviews_with_theme).toBe((first?.reviews_with_theme ?? 0) + 1);
    } finally {
      reader.close();
      writable.close();
    }
  });
});

describe('the learned layer in a check', () => {
  test('when only the model finds a failing in a draft, then the report cites the paragraph with the model as its source and score', async () => {
    const model = new ThemeModel({ format: 1, lexiconVersion: tagger.version, trainingData: 'test', learner: 'by hand', figures: {}, themes: { professional_drift: { bias: -3, weights: { fold: 2.5, quilt: 2.5 } } } });
    const layered = withModel(tagger, model, 0.5);
    const markdown = '# Findings\n\n4.1 The quilt was folded twice by the panel.\n';
    const report = await checkDraft({ name: 'draft.md', bytes: Buffer.from(markdown) }, { queries: checkQueries(db), tagger: layered, criteria, maxUploadMb: 50 });
    const theme = report.themes.find((entry) => entry.theme === 'professional_drift');
    expect(theme?.passages.map((passage) => passage.paragraph)).toEqual(['4.1']);
    expect(theme?.passages[0]?.evidence).toEqual([expect.objectContaining({ source: 'model', score: 0.881, text: 'The quilt was folded twice by the panel.' })]);
    expect(renderStandaloneCheckReport(report)).toMatch(/tagged by the learned model, 0\.88/);
  });
});
