import { expect, test } from 'vitest';
import { normaliseLine } from '../../src/ingest/normalise.js';

test.each([
  ['the ﬁnding was signiﬁcant', 'the finding was significant'],
  ['ﬂagged and ﬀ', 'flagged and ff'],
  ['the mother’s “account”', `the mother's "account"`],
  ['non‑urgent ‐ case', 'non-urgent - case'],
  ['two\u00a0 spaces\u2009here', 'two spaces here'],
  ['  padded  ', 'padded'],
])('when a line reads %j, then it is normalised to %j', (input, output) => {
  expect(normaliseLine(input)).toBe(output);
});
