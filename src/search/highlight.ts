import { HIT_END, HIT_START } from '../store/search-queries.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** escapeHtml('<b>"x"</b>') === '&lt;b&gt;&quot;x&quot;&lt;/b&gt;' */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/**
 * An FTS5 snippet as safe HTML: the report text escaped, the hits in <mark>.
 * markSnippet('a \u0002<hit>\u0003') === 'a <mark>&lt;hit&gt;</mark>'
 */
export function markSnippet(snippet: string): string {
  return escapeHtml(snippet).replaceAll(HIT_START, '<mark>').replaceAll(HIT_END, '</mark>');
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Safe HTML of `text` with the spans in <mark> (overlapping spans merged), cut to a window of
 * about `width` characters around the densest run of spans when `width` is given.
 */
export function markSpans(text: string, spans: Span[], width?: number): string {
  const merged = mergeSpans(spans);
  let from = 0;
  let to = text.length;
  const first = width === undefined ? undefined : densest(merged, width);
  if (width !== undefined && first && text.length > width) {
    from = Math.max(0, first.start - Math.floor(width / 3));
    to = Math.min(text.length, from + width);
    from = wordBoundary(text, from, -1);
    to = wordBoundary(text, to, 1);
  }
  let html = from > 0 ? '…' : '';
  let cursor = from;
  for (const span of merged) {
    if (span.end <= from || span.start >= to) continue;
    const start = Math.max(span.start, from);
    const end = Math.min(span.end, to);
    html += `${escapeHtml(text.slice(cursor, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    cursor = end;
  }
  html += escapeHtml(text.slice(cursor, to));
  return to < text.length ? `${html}…` : html;
}

/** The span that starts the window of two thirds of `width` holding the most spans. */
function densest(spans: Span[], width: number): Span | undefined {
  let best = spans[0];
  let bestCount = 0;
  spans.forEach((span, at) => {
    let count = 0;
    while (at + count < spans.length && spans[at + count]!.end <= span.start + (width * 2) / 3) count++;
    if (count > bestCount) [best, bestCount] = [span, count];
  });
  return best;
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}

function wordBoundary(text: string, index: number, direction: 1 | -1): number {
  let at = index;
  while (at > 0 && at < text.length && /\S/.test(text[at] ?? '')) at += direction;
  return at;
}
