/**
 * Writes the committed draft of the check tests: test/fixtures/drafts/draft.docx, a Word draft
 * with planted failings made through LibreOffice, and draft.docx.truth.json, which failings it
 * plants and where. Committed so that the tests need no LibreOffice.
 * Run: npx tsx scripts/make-check-fixtures.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ThemeId } from '../src/model/themes.js';
import { DRAFT_FIXTURES, draftTruth } from '../test/support/drafts.js';
import { buildReport } from './corpus/report-model.js';
import { writeDocx } from './corpus/render-writer.js';

const PLANTED: ThemeId[] = ['face_value', 'child_not_seen', 'hidden_men', 'multi_agency', 'thresholds', 'risk_assessment'];

mkdirSync(DRAFT_FIXTURES, { recursive: true });
const model = buildReport(2024, { draft: true, targetPages: 14, ageGroup: 'child', plantThemes: PLANTED });
const file = path.join(DRAFT_FIXTURES, 'draft.docx');
await writeDocx(model, file);
writeFileSync(`${file}.truth.json`, `${JSON.stringify(draftTruth(model), null, 2)}\n`);
console.log(`wrote ${path.relative(process.cwd(), file)} and its truth: ${model.plantedThemes.join(', ')}`);
