import { describe, expect, test } from 'vitest';
import { parseUserQuery, toFts5 } from '../../src/search/fts-query.js';

describe('a user query becomes a safe FTS5 query', () => {
  test.each([
    ['face value', '("face") AND ("value")'],
    ['"face value"', '("face value")'],
    ['"face value" -mother', '("face value") NOT "mother"'],
    ['drift -"no drift"', '("drift") NOT "no drift"'],
    ['drift OR delay plan*', '("drift" OR "delay") AND ("plan"*)'],
    ['"child protection"* plan', '("child protection"*) AND ("plan")'],
    ["child's voice", '("child s") AND ("voice")'],
    ['NEAR(a b) col:secret ^start', '("NEAR a") AND ("b") AND ("col secret") AND ("start")'],
    ['AND NOT', '("AND") AND ("NOT")'],
    ['&& ||', ''],
  ])('when the user types %j, then FTS5 receives %j', (input, fts) => {
    expect(toFts5(parseUserQuery(input))).toBe(fts);
  });

  test.each([
    ['"unclosed phrase', /unbalanced quote/],
    ['-drift', /cannot only exclude/],
    ['OR drift', /OR must stand between two search terms/],
    ['drift OR', /OR must stand between two search terms/],
    ['drift OR -delay', /OR must stand between two search terms/],
  ])('when the user types %j, then the error says what to fix', (input, message) => {
    expect(() => parseUserQuery(input)).toThrow(message);
  });

  test('when the query is over 1,000 characters, then it is refused as too long', () => {
    expect(() => parseUserQuery('x'.repeat(1001))).toThrow(/too long/);
  });
});

describe('typographic quotes', () => {
  test('when a phrase is typed with curly quotes, then it is the same phrase as with straight ones', () => {
    expect(parseUserQuery('\u201Cnot seen\u201D child')).toEqual(parseUserQuery('"not seen" child'));
    expect(toFts5(parseUserQuery('\u201Eface value\u201C'))).toBe('("face value")');
  });
});
