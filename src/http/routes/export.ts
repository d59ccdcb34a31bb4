import express, { type Response } from 'express';
import { citationText, passagePath } from '../../search/citation.js';
import { EXPORT_COLUMNS, exportRecord } from '../../search/export-records.js';
import type { SearchHit } from '../../search/search.js';
import type { SearchRequest } from '../../search/search-request.js';
import { csvLine, UTF8_BOM } from '../csv.js';
import type { RouteDeps } from '../route-deps.js';
import { searchFromQuery } from '../search-input.js';
import { streamText } from '../stream-text.js';

/**
 * GET /api/export.csv and /api/export.json: the whole result set of a search (every page), in
 * rank order, streamed a batch at a time. Same parameters as /api/search; page and limit are ignored.
 */
export function exportRoutes(deps: RouteDeps): express.Router {
  const router = express.Router();
  router.get('/api/export.csv', async (req, res) => {
    const { batches } = await deps.engine.exportable(searchFromQuery(req));
    attachment(res, 'text/csv; charset=utf-8', 'csv');
    await streamText(res, csvChunks(batches));
  });
  router.get('/api/export.json', async (req, res) => {
    const request = searchFromQuery(req);
    const { total, batches } = await deps.engine.exportable(request);
    attachment(res, 'application/json; charset=utf-8', 'json');
    await streamText(res, jsonChunks(request, total, batches));
  });
  return router;
}

function attachment(res: Response, type: string, extension: string): void {
  res.type(type);
  res.setHeader('Content-Disposition', `attachment; filename="lessons-search.${extension}"`);
}

function* csvChunks(batches: Iterable<SearchHit[]>): Generator<string> {
  yield UTF8_BOM + csvLine(EXPORT_COLUMNS);
  for (const hits of batches) {
    yield hits
      .map((hit) => {
        const record = exportRecord(hit);
        return csvLine(EXPORT_COLUMNS.map((column) => record[column]));
      })
      .join('');
  }
}

/** The search's hits as the API gives them, plus a citation and a link, without the page-only snippet. */
function* jsonChunks(request: SearchRequest, total: number, batches: Iterable<SearchHit[]>): Generator<string> {
  const { page: _page, limit: _limit, ...query } = request;
  yield `{"ok":true,"query":${JSON.stringify(query)},"total":${total},"results":[`;
  let separator = '';
  for (const hits of batches) {
    yield hits
      .map(({ snippet: _snippet, ...hit }) => {
        const line = `${separator}\n${JSON.stringify({ ...hit, citation: citationText(hit), url: passagePath(hit) })}`;
        separator = ',';
        return line;
      })
      .join('');
  }
  yield '\n]}\n';
}
