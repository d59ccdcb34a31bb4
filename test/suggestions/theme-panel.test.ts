import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { codeStore } from '../../src/store/code-store.js';
import { researchCorpus, reviewOf } from '../support/research-corpus.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const UNSEEN = 'On each of the six visits the twins were kept upstairs and their bedroom was never entered by the worker.';
let server: TestServer;

beforeAll(async () => {
  const review = reviewOf({ title: 'Serious Case Review: Twins T', board: 'Tollbridge LSCB', year: 2018, subject: 'Twins T' }, [{ paragraph: '5.2', section: 'Analysis', kind: 'finding', text: UNSEEN }]);
  server = await startTestServer([...researchCorpus(), review]);
});
afterAll(() => server.close());

describe('the lexicon suggestions panel on /themes/:id', () => {
  test('when no passage is coded for the theme, then the panel says how suggestions come', async () => {
    const page = await (await fetch(`${server.url}/themes/child_not_seen`)).text();
    expect(page).toContain('Phrases the lexicon might add');
    expect(page).toContain('No passage is confirmed or added for this theme yet.');
  });

  test('when a coder adds the theme to a passage, then the page and its JSON propose its phrases, with counts and an example linking to the passage', async () => {
    const passageId = server.db.prepare<[string], number>('SELECT id FROM passages WHERE text = ?').pluck().get(UNSEEN)!;
    codeStore(server.db).record([{ passage_id: passageId, theme: 'child_not_seen', decision: 'add', coder: 'Ada' }], { lexicon_version: 'fixture', model_version: null });
    const body = (await (await fetch(`${server.url}/api/themes/child_not_seen`)).json()) as any;
    expect(body.lexicon_suggestions).toMatchObject({ theme: 'child_not_seen', added: 1, confirmed: 0 });
    const suggestion = body.lexicon_suggestions.suggestions.find((entry: any) => entry.phrase === 'was never entered');
    expect(suggestion).toMatchObject({ passages_with_theme: 1, passages_added: 1, passages_elsewhere: 0, matched_by_pattern: false });
    expect(suggestion.examples).toEqual([expect.objectContaining({ passage_id: passageId, url: expect.stringMatching(/^\/reviews\/\d+#p-5\.2$/), text: UNSEEN })]);
    const page = await (await fetch(`${server.url}/themes/child_not_seen`)).text();
    expect(page).toMatch(/<strong>was never entered<\/strong>: in 1 coded \(1 added\), 0 elsewhere/);
  });
});
