import type { Paragraph, ReportModel } from './report-model.js';
import type { Table } from './sections.js';

/** Printed page numbers for the contents page, by heading text; absent on the first pass. */
export type ContentsPages = ReadonlyMap<string, number>;

const NAMESPACES = [
  'office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'dc="http://purl.org/dc/elements/1.1/"',
  'meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
].map((namespace) => `xmlns:${namespace}`).join(' ');

/** The headings that the contents page lists, in order: "4. Analysis", "4.2 Working together". */
export function contentsHeadings(model: ReportModel): { text: string; level: 1 | 2 }[] {
  return model.sections.flatMap((section) => [
    { text: `${section.number}. ${section.title}`, level: 1 as const },
    ...section.blocks.flatMap((block) => (block.type === 'heading' ? [{ text: `${block.number} ${block.title}`, level: 2 as const }] : [])),
  ]);
}

/**
 * A report as a Flat ODT document for LibreOffice to lay out: real styles, automatic
 * hyphenation in en-GB, a real table, real footnotes and page-number fields. Unlike the pdfkit
 * path, a cover sheet here is the document's own first page, so page numbers count it.
 */
export function toFlatOdt(model: ReportModel, contents: ContentsPages): string {
  const { style, printed } = model;
  const display = (text: string): string => escape(style.ligatures ? text.replace(/fi/g, '\ufb01').replace(/fl/g, '\ufb02') : text);
  const body: string[] = [];
  if (printed.coverSheet) {
    body.push(`<text:p text:style-name="CoverHeading">Case review library \u2013 deposit record</text:p>`);
    const fields: [string, string | undefined][] = [
      ['Title', printed.title], [printed.boardLabel, printed.board], ['Author', printed.author], ['Date of publication', printed.publicationDate],
    ];
    for (const [label, value] of fields) if (value !== undefined) body.push(`<text:p text:style-name="CoverField">${escape(`${label}: ${value}`)}</text:p>`);
  }
  body.push(
    `<text:p text:style-name="TitleBoard">${escape(printed.board)}</text:p>`,
    `<text:p text:style-name="TitleMain">${escape(printed.title)}</text:p>`,
    `<text:p text:style-name="TitleSub">${escape(printed.documentLabel)}</text:p>`,
  );
  if (model.draft) body.push(`<text:p text:style-name="TitleSub">DRAFT v0.3 \u2013 not for circulation</text:p>`);
  if (printed.author) body.push(`<text:p text:style-name="TitleAuthor">Independent reviewer: ${escape(printed.author)}</text:p>`);
  body.push(`<text:p text:style-name="TitleDate">${escape(printed.titlePageDate)}</text:p>`);
  body.push(`<text:p text:style-name="ContentsTitle">Contents</text:p>`);
  for (const heading of contentsHeadings(model)) {
    const page = contents.get(heading.text);
    body.push(`<text:p text:style-name="Contents${heading.level}">${escape(heading.text)}<text:tab/>${page === undefined ? '00' : page}</text:p>`);
  }
  let tables = 0;
  model.sections.forEach((section, index) => {
    const breakBefore = index === 0 || style.sectionsOnNewPage;
    body.push(`<text:h text:style-name="${breakBefore ? 'Heading1Page' : 'Heading1'}" text:outline-level="1">${escape(`${section.number}. ${section.title}`)}</text:h>`);
    for (const block of section.blocks) {
      if (block.type === 'heading') body.push(`<text:h text:style-name="Heading2" text:outline-level="2">${escape(`${block.number} ${block.title}`)}</text:h>`);
      else if (block.type === 'table') body.push(table(block.table, ++tables, display));
      else body.push(paragraph(block.paragraph, style.numberLayout === 'hanging', display));
    }
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<office:document ${NAMESPACES} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">`,
    metadata(model),
    `<office:font-face-decls><style:font-face style:name="${style.font}" svg:font-family="'${style.font}'"/></office:font-face-decls>`,
    styles(model),
    `<office:body><office:text>${body.join('\n')}</office:text></office:body>`,
    '</office:document>',
  ].join('\n');
}

function paragraph(paragraph: Paragraph, hanging: boolean, display: (text: string) => string): string {
  const words = paragraph.text.split(' ').map(display);
  const note = paragraph.footnote;
  if (note && words[note.afterWord] !== undefined) {
    words[note.afterWord] += `<text:note text:id="ftn${note.number}" text:note-class="footnote"><text:note-citation>${note.number}</text:note-citation>`
      + `<text:note-body><text:p text:style-name="Footnote">${display(note.text)}</text:p></text:note-body></text:note>`;
  }
  const separator = hanging ? '<text:tab/>' : ' ';
  return `<text:p text:style-name="${hanging ? 'BodyHanging' : 'BodyInline'}">${paragraph.number}${separator}${words.join(' ')}</text:p>`;
}

function table(source: Table, number: number, display: (text: string) => string): string {
  const cell = (text: string, head: boolean): string =>
    `<table:table-cell table:style-name="${head ? 'CellHead' : 'Cell'}" office:value-type="string"><text:p text:style-name="${head ? 'TableHeading' : 'TableText'}">${display(text)}</text:p></table:table-cell>`;
  const row = (texts: string[], head: boolean): string => `<table:table-row>${texts.map((text) => cell(text, head)).join('')}</table:table-row>`;
  return [
    `<text:p text:style-name="Caption">Table ${number}: ${display(source.caption)}</text:p>`,
    `<table:table table:name="Table${number}" table:style-name="Table">`,
    source.columns.map((_, index) => `<table:table-column table:style-name="Table${number}Column${index}"/>`).join(''),
    `<table:table-header-rows>${row(source.columns.map((column) => column.title), true)}</table:table-header-rows>`,
    ...source.rows.map((cells) => row(cells, false)),
    '</table:table>',
  ].join('\n');
}

/** One style per column of each table, in the order the tables are numbered: widths of the 16 cm text. */
function columnStyles(model: ReportModel): string {
  const tables = model.sections.flatMap((section) => section.blocks.flatMap((block) => (block.type === 'table' ? [block.table] : [])));
  return tables.flatMap((table, t) => table.columns.map((column, index) =>
    `<style:style style:name="Table${t + 1}Column${index}" style:family="table-column"><style:table-column-properties style:column-width="${(16 * column.width).toFixed(2)}cm"/></style:style>`,
  )).join('\n');
}

function metadata(model: ReportModel): string {
  const author = model.printed.author ? `<meta:initial-creator>${escape(model.printed.author)}</meta:initial-creator><dc:creator>${escape(model.printed.author)}</dc:creator>` : '';
  return `<office:meta><dc:title>${escape(model.printed.title)}</dc:title>${author}<dc:language>en-GB</dc:language></office:meta>`;
}

function styles(model: ReportModel): string {
  const { style } = model;
  const size = style.fontSize;
  const align = style.justify ? 'justify' : 'start';
  const paragraphStyle = (name: string, paragraphProps: string, textProps = '', extra = ''): string =>
    `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="Standard"${extra}><style:paragraph-properties ${paragraphProps}/><style:text-properties ${textProps}/></style:style>`;
  const rightTab = (leader: boolean): string =>
    `<style:tab-stops><style:tab-stop style:position="16cm" style:type="right"${leader ? ' style:leader-style="dotted" style:leader-text="."' : ''}/></style:tab-stops>`;
  const [left, right] = style.header;
  const header = `<text:p text:style-name="Header">${escape(left ?? '')}${right ? `<text:tab/>${escape(right)}` : ''}</text:p>`;
  const number = '<text:page-number text:select-page="current">1</text:page-number>';
  const footer = style.footer === 'labelled'
    ? `<text:p text:style-name="Footer">${escape(style.footerText ?? '')}<text:tab/>${number}</text:p>`
    : `<text:p text:style-name="FooterCentre">${style.footer === 'page-of' ? `Page ${number} of <text:page-count>1</text:page-count>` : number}</text:p>`;
  const body = `fo:text-align="${align}" fo:margin-bottom="0.3cm" fo:line-height="135%" fo:orphans="2" fo:widows="2"`;
  const hyphenate = 'fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="3"';
  return `<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="${style.font}" fo:font-size="${size}pt" fo:language="en" fo:country="GB"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
${paragraphStyle('BodyHanging', `${body} fo:margin-left="1.6cm" fo:text-indent="-1.6cm"`, hyphenate)}
${paragraphStyle('BodyInline', body, hyphenate)}
${paragraphStyle('Heading1', 'fo:margin-top="0.5cm" fo:margin-bottom="0.25cm" fo:keep-with-next="always"', `fo:font-size="${size + 3}pt" fo:font-weight="bold"`)}
${paragraphStyle('Heading1Page', 'fo:margin-bottom="0.25cm" fo:keep-with-next="always" fo:break-before="page"', `fo:font-size="${size + 3}pt" fo:font-weight="bold"`)}
${paragraphStyle('Heading2', 'fo:margin-top="0.3cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"', `fo:font-size="${size + 1}pt" fo:font-weight="bold"`)}
${paragraphStyle('CoverHeading', 'fo:margin-top="1.5cm" fo:margin-bottom="0.8cm"', 'fo:font-size="15pt" fo:font-weight="bold"', ' style:master-page-name="Cover"')}
${paragraphStyle('CoverField', 'fo:margin-bottom="0.25cm"', 'fo:font-size="11pt"')}
${paragraphStyle('TitleBoard', 'fo:text-align="center" fo:margin-top="3cm" fo:margin-bottom="2cm"', 'fo:font-size="15pt"', ' style:master-page-name="Standard"')}
${paragraphStyle('TitleMain', 'fo:text-align="center" fo:margin-bottom="0.6cm"', 'fo:font-size="24pt" fo:font-weight="bold"')}
${paragraphStyle('TitleSub', 'fo:text-align="center" fo:margin-bottom="0.6cm"', 'fo:font-size="17pt"')}
${paragraphStyle('TitleAuthor', 'fo:text-align="center" fo:margin-top="7cm" fo:margin-bottom="0.4cm"', 'fo:font-size="12pt"')}
${paragraphStyle('TitleDate', 'fo:text-align="center"', 'fo:font-size="12pt"')}
${paragraphStyle('ContentsTitle', 'fo:break-before="page" fo:margin-bottom="0.6cm"', `fo:font-size="${size + 4}pt" fo:font-weight="bold"`)}
<style:style style:name="Contents1" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm">${rightTab(true)}</style:paragraph-properties></style:style>
<style:style style:name="Contents2" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.7cm" fo:margin-bottom="0.2cm">${rightTab(true)}</style:paragraph-properties></style:style>
<style:style style:name="Header" style:family="paragraph"><style:paragraph-properties fo:border-bottom="0.4pt solid #000000" fo:padding-bottom="0.1cm">${rightTab(false)}</style:paragraph-properties><style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>
<style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties>${rightTab(false)}</style:paragraph-properties><style:text-properties fo:font-size="9pt"/></style:style>
${paragraphStyle('FooterCentre', 'fo:text-align="center"', 'fo:font-size="9pt"')}
${paragraphStyle('Footnote', 'fo:margin-left="0.4cm" fo:text-indent="-0.4cm"', `fo:font-size="${Math.max(8, size - 2.5)}pt"`)}
${paragraphStyle('Caption', 'fo:margin-top="0.2cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"', `fo:font-size="${size - 1}pt" fo:font-style="italic"`)}
${paragraphStyle('TableText', 'fo:text-align="start"', `fo:font-size="${size - 1.5}pt"`)}
${paragraphStyle('TableHeading', 'fo:text-align="start"', `fo:font-size="${size - 1.5}pt" fo:font-weight="bold"`)}
</office:styles>
<office:automatic-styles>
<style:style style:name="Table" style:family="table"><style:table-properties style:width="16cm" table:align="margins" fo:margin-bottom="0.4cm"/></style:style>
${columnStyles(model)}
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="CellHead" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000" fo:background-color="#e4e4e4"/></style:style>
<style:page-layout style:name="Page"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.6cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.6cm"/></style:footer-style></style:page-layout>
<style:page-layout style:name="CoverPage"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="Page"><style:header>${header}</style:header><style:footer>${footer}</style:footer></style:master-page>
<style:master-page style:name="Cover" style:page-layout-name="CoverPage"/>
</office:master-styles>`;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
