import { expect, test } from 'vitest';
import { textForReading } from '../../src/nlp/text-for-reading.js';
import { readTokens } from '../../src/nlp/tokens.js';

test.each([
  ['She spoke to Child B. The school was not told.', 2],
  ['A worry about Mr S. At no point did anyone act.', 2],
  ['Mr and Mrs B. The family moved twice.', 2],
  ['Mr J. Smith attended. He said little.', 2],
  ['The worker visited Mr D. Child B was not seen.', 2],
  ['The plan for Ms G. Several things went wrong.', 2],
  ['Dr A. B. Patel wrote the report.', 1],
  ['He met Baby P. on 3 May.', 1],
])('"%s" is read as %i sentences', (text, count) => {
  expect(readTokens(textForReading(text).text).sentences).toHaveLength(count);
});

test('the stop after a name\'s initial maps back to the original text', () => {
  const original = 'She spoke to Child B. The school was not told.';
  const { text, toOriginal } = textForReading(original);
  expect(text).toBe('She spoke to Child B . The school was not told.');
  const stop = text.indexOf(' .') + 1;
  expect(original[toOriginal?.[stop] as number]).toBe('.');
  expect(original[toOriginal?.[text.indexOf('The')] as number]).toBe('T');
});
