import { expect, test } from 'vitest';
import { fuzzHttp } from '../../scripts/fuzz-http.js';
import { researchCorpus } from '../support/research-corpus.js';
import { serveForTests } from '../support/test-server.js';

const app = serveForTests(researchCorpus);

test('when 300 fuzzed requests hit the server, then none is answered 5xx and every one is answered', async () => {
  const result = await fuzzHttp(app.server.url, { requests: 300, seconds: 60, seed: 8, concurrency: 4 });
  expect(result.failures).toEqual([]);
  expect(result.requests).toBe(300);
  // The fuzz reaches the error paths, not only the happy ones.
  expect(Object.keys(result.statuses).map(Number)).toEqual(expect.arrayContaining([200, 400, 404]));
  expect(app.server.log.filter((line) => / 5\d\d /.test(line))).toEqual([]);
}, 120_000);
