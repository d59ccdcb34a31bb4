import { describe, expect, test } from 'vitest';
import { reviewOf } from '../support/research-corpus.js';
import { serveForTests } from '../support/test-server.js';

/** One review whose themes come from both layers: paragraph 2.1 only from the learned model. */
const MODEL_TEXT = 'Nobody asked who the man staying at the flat was, or what he meant for the baby.';
const app = serveForTests(() => [
  reviewOf({ title: 'Serious Case Review: Child Q', board: 'Southfield LSCB', year: 2017, subject: 'Child Q' }, [
    { paragraph: '2.1', section: 'Analysis', kind: 'finding', text: MODEL_TEXT, evidence: [['hidden_men', MODEL_TEXT, 0.87]] },
    { paragraph: '2.2', section: 'Analysis', kind: 'finding', text: 'The plan drifted for months and the baby was not seen.', evidence: [['professional_drift', 'plan drifted'], ['child_not_seen', 'baby was not seen']] },
    { paragraph: '2.3', section: 'Analysis', kind: 'finding', text: 'The visits went ahead as planned.' },
  ]),
]);

describe('which layer tagged a passage', () => {
  test('when a search is filtered by source, then only passages tagged by that layer come back, and the facet counts both', async () => {
    const all = await app.getJson('/api/search');
    expect(all.body.facets.source).toEqual({ pattern: 1, model: 1 });
    const model = await app.getJson('/api/search?source=model');
    expect(model.body.results.map((hit: { paragraph: string }) => hit.paragraph)).toEqual(['2.1']);
    expect(model.body.results[0].evidence).toEqual([expect.objectContaining({ theme: 'hidden_men', source: 'model', score: 0.87, text: MODEL_TEXT })]);
    expect(model.body.exports.csv).toContain('source=model');
    const pattern = await app.getJson('/api/search?source=pattern&theme=child_not_seen');
    expect(pattern.body.results.map((hit: { paragraph: string }) => hit.paragraph)).toEqual(['2.2']);
    expect((await app.getJson('/api/search?source=model&theme=child_not_seen')).body.total).toBe(0);
  });

  test('when the source is neither layer, then 400 with a message naming both', async () => {
    const { status, body } = await app.getJson('/api/search?source=rules');
    expect(status).toBe(400);
    expect(body.error).toMatch(/unknown source "rules": use pattern .* or model/);
  });

  test('when a review is read, then each tag shows its source and the model tag its score', async () => {
    const html = await (await fetch(`${app.server.url}/reviews/1`)).text();
    expect(html).toMatch(/class="chip chip-model"[^>]*>[^<]*<span class="source">· model 0\.87<\/span>/);
    expect(html).toMatch(/class="chip chip-pattern"[^>]*>[^<]*<span class="source">· pattern<\/span>/);
    const page = await (await fetch(`${app.server.url}/search?source=model`)).text();
    expect(page).toContain('Remove filter learned model');
  });

  test('when results are exported, then the CSV names the themes the model tagged and their scores', async () => {
    const csv = await (await fetch(`${app.server.url}/api/export.csv`)).text();
    const [header, ...lines] = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    const column = header!.split(',').indexOf('model_themes');
    expect(column).toBeGreaterThan(0);
    expect(lines.find((line) => line.includes('Nobody asked'))).toContain(',hidden_men 0.87,');
    const json = await app.getJson('/api/export.json?source=model');
    expect(JSON.stringify(json.body)).toContain('"source":"model"');
  });
});
