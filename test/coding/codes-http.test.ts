import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { listen } from '../../src/http/listen.js';
import { writeRefusal } from '../../src/http/write-access.js';
import { loadConfig } from '../../src/config.js';
import { makeReview } from '../support/reviews.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const TEXTS = [
  'The social worker accepted the explanation at face value.',
  'The health visitor accepted the account at face value again.',
  'Managers accepted the report at face value without checking.',
  'The family moved house twice during the period under review.',
  'The school kept careful records of every absence.',
];

let server: TestServer;
let ids: number[];
beforeAll(async () => {
  server = await startTestServer([makeReview({ file: '/r/a.pdf', sha256: 'a1', texts: TEXTS })]);
  ids = server.db.prepare('SELECT id FROM passages ORDER BY seq').pluck().all() as number[];
});
afterAll(() => server.close());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }).then(async (response) => ({ status: response.status, body: (await response.json()) as any }));
const get = (path: string) => fetch(`${server.url}${path}`).then(async (response) => ({ status: response.status, body: (await response.json()) as any }));
const stored = () => server.db.prepare('SELECT count(*) FROM human_codes').pluck().get() as number;

describe('POST /api/codes refuses a malformed code whole', () => {
  test.each([
    ['an unknown theme', { theme: 'nonsense', decision: 'add' }, 'theme'],
    ['an unknown passage', { passage_id: 987_654, theme: 'neglect', decision: 'add' }, 'passage_id'],
    ['no decision', { theme: 'neglect' }, 'decision'],
    ['no coder', { theme: 'neglect', decision: 'add', coder: '' }, 'coder'],
  ])('when a code has %s, then 400 names the field and nothing is stored', async (_case, fields, field) => {
    const response = await post('/api/codes', { passage_id: ids[0], coder: 'ann', ...fields });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ ok: false, code: 'invalid_code' });
    expect(response.body.error).toMatch(new RegExp(`^${field}: `));
    expect(stored()).toBe(0);
  });

  test('when the second code of a batch is bad, then the first is not stored either', async () => {
    const response = await post('/api/codes', { codes: [{ passage_id: ids[0], theme: 'face_value', decision: 'confirm', coder: 'ann' }, { passage_id: ids[1], theme: 'face_value', coder: 'ann' }] });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatch(/^codes\[1\]\.decision: missing/);
    expect(stored()).toBe(0);
  });

  test('when another origin posts a code, then it is refused with 403 and nothing is stored', async () => {
    const response = await post('/api/codes', { passage_id: ids[0], theme: 'face_value', decision: 'reject', coder: 'ann' }, { origin: 'http://attacker.example' });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('cross_origin');
    expect(stored()).toBe(0);
  });
});

describe('human codes win wherever themes are counted', () => {
  test('when a tag is rejected, one confirmed and a theme added, then search, facets, theme statistics, review pages and the CSV export follow', async () => {
    const before = await get('/api/search?theme=face_value');
    expect(before.body.total).toBe(3);
    // Asked once before the codes too, so that an answer kept from before them would show below.
    expect((await get('/api/search')).body.facets.theme).not.toEqual({ face_value: 2, neglect: 1 });
    expect((await get('/api/reviews/1')).body.passages.map((passage: any) => passage.themes)).not.toEqual([[], ['face_value'], ['face_value'], ['neglect'], []]);
    const response = await post('/api/codes', [
      { passage_id: ids[0], theme: 'face_value', decision: 'reject', coder: 'ann', memo: 'good practice, on reflection' },
      { passage_id: ids[1], theme: 'face_value', decision: 'confirm', coder: 'ann' },
      { passage_id: ids[3], theme: 'neglect', decision: 'add', coder: 'ann' },
    ]);
    expect(response.status).toBe(201);
    // Judged against the stored tags' lexicons (makeReview's 'test'); the bundled model was trained with others, so none.
    expect(response.body.codes.map((code: any) => [code.decision, code.lexicon_version, code.model_version])).toEqual([
      ['reject', 'test', null],
      ['confirm', 'test', null],
      ['add', 'test', null],
    ]);

    const faceValue = await get('/api/search?theme=face_value');
    expect(faceValue.body.results.map((hit: any) => hit.id).sort()).toEqual([ids[1], ids[2]]);
    const all = await get('/api/search');
    expect(all.body.facets.theme).toEqual({ face_value: 2, neglect: 1 });
    expect(all.body.facets.source).toEqual({ pattern: 2, human: 2 });
    const confirmed = await get('/api/search?source=human');
    expect(confirmed.body.results.map((hit: any) => hit.id).sort()).toEqual([ids[1], ids[3]]);
    expect((await get('/api/search?theme=face_value&source=human')).body.results.map((hit: any) => hit.id)).toEqual([ids[1]]);
    const origins = Object.fromEntries(all.body.results.map((hit: any) => [hit.id, hit.tags.map((tag: any) => `${tag.theme}:${tag.origin}`)]));
    expect(origins[ids[0]!]).toEqual(['face_value:rejected']);
    expect(origins[ids[1]!]).toEqual(['face_value:confirmed']);
    expect(origins[ids[2]!]).toEqual(['face_value:pattern']);
    expect(origins[ids[3]!]).toEqual(['neglect:added']);

    const themes = await get('/api/themes');
    const totals = Object.fromEntries(themes.body.themes.map((theme: any) => [theme.id, theme.passages]));
    expect(totals).toMatchObject({ face_value: 2, neglect: 1 });

    const review = await get('/api/reviews/1');
    expect(review.body.passages.map((passage: any) => passage.themes)).toEqual([[], ['face_value'], ['face_value'], ['neglect'], []]);
    const page = await (await fetch(`${server.url}/reviews/1`)).text();
    expect(page).toMatch(/class="chip chip-rejected"[^>]*><del>/);

    const csv = (await (await fetch(`${server.url}/api/export.csv`)).text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    const header = csv[0]!.split(',');
    // Quoted cells hold commas; the per-theme 0/1 columns come last, so they are counted from the end.
    const rows = csv.slice(1).map((line) => line.split(','));
    const fromEnd = (row: string[], name: string) => row[row.length - (header.length - header.indexOf(name))];
    const flags = Object.fromEntries(rows.map((row) => [Number(row[header.indexOf('passage_id')]), `${fromEnd(row, 'face_value')}${fromEnd(row, 'neglect')}`]));
    expect(flags).toEqual({ [ids[0]!]: '00', [ids[1]!]: '10', [ids[2]!]: '10', [ids[3]!]: '01', [ids[4]!]: '00' });

    const listed = await get('/api/codes?coder=ann&decision=reject');
    expect(listed.body.codes).toMatchObject([{ passage_id: ids[0], theme: 'face_value', memo: 'good practice, on reflection' }]);
  });
});

describe('writes beyond loopback need LESSONS_TOKEN', () => {
  test.each([
    ['127.0.0.1', '', undefined, null],
    ['::1', '', undefined, null],
    ['0.0.0.0', '', 'anything', 'token_required'],
    ['0.0.0.0', 's3cret', undefined, 'token_required'],
    ['192.168.1.20', 's3cret', 'wrong', 'bad_token'],
    ['0.0.0.0', 's3cret', 's3cret', null],
  ])('bound to %s with token "%s", a write carrying %s is refused with %s', (host, token, given, refusal) => {
    expect(writeRefusal(host, token, given)?.code ?? null).toBe(refusal);
  });

  test('when the app is configured for 0.0.0.0, then a code without the token is a 403 over real HTTP, and with it is stored', async () => {
    const config = loadConfig({}, { db: server.dbFile, host: '0.0.0.0', token: 's3cret', port: 0 });
    const app = createApp({ store: server.store, tagger: { version: 'test', lexicons: [] } as never, config, log: () => {} });
    // Bound to loopback for the test; the app decides by the address it is configured for.
    const { server: other, url } = await listen(app, '127.0.0.1', 0);
    try {
      const body = JSON.stringify({ passage_id: ids[4], theme: 'recording', decision: 'add', coder: 'bob' });
      const refused = await fetch(`${url}/api/codes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ ok: false, code: 'token_required', error: expect.stringContaining('LESSONS_TOKEN') });
      const before = stored();
      const accepted = await fetch(`${url}/api/codes`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer s3cret' }, body });
      expect(accepted.status).toBe(201);
      expect(stored()).toBe(before + 1);
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });
});

describe('coding one passage from a review page', () => {
  test('when a paragraph\'s link is followed and the form is sent, then that passage is coded and the page says so', async () => {
    const review = await (await fetch(`${server.url}/reviews/1`)).text();
    const links = [...review.matchAll(/href="\/code\?passage=(\d+)/g)].map((match) => Number(match[1]));
    expect(links).toEqual(ids);
    const queue = await get(`/api/code?passage=${ids[3]}&theme=hidden_men&coder=cat`);
    expect(queue.body).toMatchObject({ items: [{ passage_id: ids[3], decision: null }], next: { passage_id: ids[3], machine: false } });
    const form = await (await fetch(`${server.url}/code?passage=${ids[3]}&theme=hidden_men&coder=cat`)).text();
    const token = /name="token" value="([^"]+)"/.exec(form)![1]!;
    const fields = new URLSearchParams({ token, theme: 'hidden_men', sample: 'tagged', seed: '1', size: '20', coder: 'cat', skip: '', passage: String(ids[3]), passage_id: String(ids[3]), decision: 'add', memo: '' });
    const sent = await fetch(`${server.url}/code`, { method: 'POST', body: fields, redirect: 'manual' });
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toContain(`passage=${ids[3]}`);
    expect((await get(`/api/codes?coder=cat`)).body.codes).toMatchObject([{ passage_id: ids[3], theme: 'hidden_men', decision: 'add' }]);
    expect((await get(`/api/code?passage=${ids[3]}&theme=hidden_men&coder=cat`)).body).toMatchObject({ judged: 1, next: null });
    fields.set('token', 'forged');
    expect((await fetch(`${server.url}/code`, { method: 'POST', body: fields, redirect: 'manual' })).status).toBe(403);
  });
});
