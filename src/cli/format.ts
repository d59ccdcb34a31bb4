import type { SearchHit } from '../search/search.js';

const UNESCAPE: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** A result snippet for a terminal: hits bold on a TTY, in [brackets] elsewhere. */
export function terminalSnippet(html: string, isTTY: boolean): string {
  const [open, close] = isTTY ? ['\x1b[1m', '\x1b[22m'] : ['[', ']'];
  return html
    .replaceAll('<mark>', open)
    .replaceAll('</mark>', close)
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => UNESCAPE[entity] ?? entity);
}

/** "Serious Case Review: Child S (2013, Northmoor LSCB), p. 12, para 4.12, Analysis [finding]" */
export function citation(hit: Pick<SearchHit, 'review' | 'page' | 'paragraph' | 'section' | 'kind'>): string {
  const where = [`p. ${hit.page}`, hit.paragraph ? `para ${hit.paragraph}` : null, hit.section || null].filter(Boolean).join(', ');
  return `${hit.review.title} (${hit.review.year ?? 'n.d.'}, ${hit.review.board}), ${where} [${hit.kind}]`;
}
