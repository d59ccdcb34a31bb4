import type { Span } from './highlight.js';
import type { SearchEngine, SearchHit } from './search.js';
import type { SearchRequest } from './search-request.js';

/** One keyword-in-context line: the match with the words either side, and where it is. */
export interface ConcordanceLine {
  left: string;
  match: string;
  right: string;
  passage: Omit<SearchHit, 'snippet' | 'text' | 'evidence' | 'score'>;
}

export interface Concordance {
  query: SearchRequest;
  /** Passages matching the search; each gives one line per occurrence. */
  passages: number;
  lines: ConcordanceLine[];
  page: number;
  pages: number;
}

const CONTEXT = 70;

/**
 * A concordance (KWIC) of a word, phrase or theme: for each passage on this page of the search,
 * a line per occurrence of the words, or, for a theme without words, per piece of evidence.
 * (await concordance(engine, searchRequest({ q: 'drift' }))).lines[0].match === 'drift'
 */
export async function concordance(engine: SearchEngine, request: SearchRequest): Promise<Concordance> {
  const response = await engine.search(request);
  const hits = await engine.hitSpans(request, response.results);
  const lines = response.results.flatMap((hit) => {
    const spans = hits.get(hit.id) ?? hit.evidence.filter((span) => request.themes.length === 0 || request.themes.includes(span.theme));
    const { snippet: _snippet, text: _text, evidence: _evidence, score: _score, ...passage } = hit;
    return spans.map((span) => kwic(hit.text, span, passage));
  });
  return { query: request, passages: response.total, lines, page: response.page, pages: Math.ceil(response.total / response.limit) };
}

function kwic(text: string, span: Span, passage: ConcordanceLine['passage']): ConcordanceLine {
  const from = Math.max(0, span.start - CONTEXT);
  const to = Math.min(text.length, span.end + CONTEXT);
  return {
    left: `${from > 0 ? '…' : ''}${text.slice(from, span.start)}`.replace(/\s+/g, ' '),
    match: text.slice(span.start, span.end),
    right: `${text.slice(span.end, to)}${to < text.length ? '…' : ''}`.replace(/\s+/g, ' '),
    passage,
  };
}
