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
 * about `width` characters around the densest run of spans when `width` is given. `evidence`,
 * when given, is marked too, as <mark class="evidence">, where it is not already a span.
 */
export function markSpans(text: string, spans: Span[], width?: number, evidence: Span[] = []): string {
  const merged = mergeSpans(spans);
  let from = 0;
  let to = text.length;
  const first = width === undefined ? undefined : densest(merged.length > 0 ? merged : mergeSpans(evidence), width);
  if (width !== undefined && first && text.length > width) {
    from = Math.max(0, first.start - Math.floor(width / 3));
    to = Math.min(text.length, from + width);
    from = wordBoundary(text, from, -1);
    to = wordBoundary(text, to, 1);
  }
  // Evidence is the outer mark, grown to hold whole any hit it touches, so that marks nest.
  const regions = mergeSpans(mergeSpans(evidence).map((region) => merged.reduce((grown, hit) => (hit.end > grown.start && hit.start < grown.end ? { start: Math.min(grown.start, hit.start), end: Math.max(grown.end, hit.end) } : grown), region)));
  const clip = (span: Span): Span | null => (span.end <= from || span.start >= to ? null : { start: Math.max(span.start, from), end: Math.min(span.end, to) });
  const marked = (start: number, end: number): string => {
    let out = '';
    let cursor = start;
    for (const hit of merged) {
      const part = clip(hit);
      if (!part || part.end <= start || part.start >= end) continue;
      out += `${escapeHtml(text.slice(cursor, part.start))}<mark>${escapeHtml(text.slice(part.start, part.end))}</mark>`;
      cursor = part.end;
    }
    return out + escapeHtml(text.slice(cursor, end));
  };
  let html = from > 0 ? '…' : '';
  let cursor = from;
  for (const region of regions) {
    const part = clip(region);
    if (!part) continue;
    html += `${marked(cursor, part.start)}<mark class="evidence">${marked(part.start, part.end)}</mark>`;
    cursor = part.end;
  }
  html += marked(cursor, to);
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
