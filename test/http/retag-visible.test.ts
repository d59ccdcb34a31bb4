import { expect, test } from 'vitest';
import { inThread, retag, type PassageTagging } from '../../src/retag/retag.js';
import { loadConfig } from '../../src/config.js';
import { loadTagger } from '../../src/lexicon/index.js';
import { researchCorpus } from '../support/research-corpus.js';
import { serveForTests } from '../support/test-server.js';

const app = serveForTests(researchCorpus);

test('when a retag stopped half-way, then /api/themes and the themes page say so until a retag finishes it', async () => {
  const good = inThread(loadTagger(loadConfig({}).lexicons));
  let calls = 0;
  const stopping: PassageTagging = { version: good.version, tagAll: (passages) => (++calls === 2 ? Promise.reject(new Error('stopped')) : good.tagAll(passages)) };
  await expect(retag(app.server.store.tagging, stopping, 3)).rejects.toThrow('stopped');

  const { body } = await app.getJson('/api/themes');
  expect(body.retag_unfinished).toMatchObject({ lexicon_version: good.version, passages_done: 3, message: expect.stringMatching(/stopped after 3 of \d+ passages.*lessons retag/) });
  expect(await (await fetch(`${app.server.url}/themes`)).text()).toContain('stopped after 3 of');

  await retag(app.server.store.tagging, good, 3);
  expect((await app.getJson('/api/themes')).body.retag_unfinished).toBeNull();
});
