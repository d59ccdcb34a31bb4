import { describe, expect, test } from 'vitest';
import { csvLine } from '../../src/export/csv-line.js';
import { html, trustedHtml } from '../../src/http/views/html.js';

describe('the html template escapes every value it is given', () => {
  test.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"><img src=x onerror=alert(1)>', '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'],
    ["it's & that", 'it&#39;s &amp; that'],
    [42, '42'],
    [null, ''],
    [undefined, ''],
    [false, ''],
    [['<a>', '<b>'], '&lt;a&gt;&lt;b&gt;'],
  ])('when %j is interpolated, then the page gets %j', (value, expected) => {
    expect(html`<p title="${value}">${value}</p>`.value).toBe(`<p title="${expected}">${expected}</p>`);
  });

  test('when a value is already safe HTML, then it is kept as it is', () => {
    expect(html`<li>${html`<b>${'<i>'}</b>`}${trustedHtml('<mark>x</mark>')}</li>`.value).toBe('<li><b>&lt;i&gt;</b><mark>x</mark></li>');
  });
});

describe('a CSV line follows RFC 4180 and cannot run in a spreadsheet', () => {
  test.each([
    [['plain', 3, null], 'plain,3,\r\n'],
    [['a,b', 'say "hi"', 'two\nlines'], '"a,b","say ""hi""","two\nlines"\r\n'],
    [['=SUM(A1:A9)', '+1', '-1', '@cmd', '\tx'], "'=SUM(A1:A9),'+1,'-1,'@cmd,'\tx\r\n"],
    [['=HYPERLINK("http://x")'], '"\'=HYPERLINK(""http://x"")"\r\n'],
    [[-1], '-1\r\n'],
  ])('when the cells are %j, then the line is %j', (cells, line) => {
    expect(csvLine(cells as Array<string | number | null>)).toBe(line);
  });
});
