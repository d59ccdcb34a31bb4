import express from 'express';
import { exportSearch, metaHeader, type ExportContext } from '../../export/export-search.js';
import { exportSources } from '../../export/export-sources.js';
import { EXPORT_FORMATS } from '../../export/formats.js';
import type { RouteDeps } from '../route-deps.js';
import { searchFromQuery } from '../search-input.js';
import { streamText } from '../stream-text.js';

/**
 * GET /api/export.csv, .json, .qdpx and .qdc: the whole result set of a search (every page), in
 * rank order, in one of the formats of src/export/, streamed a chunk at a time. Same parameters as
 * /api/search; page and limit are ignored. The `Lessons-Export` header holds the export's metadata
 * (query, filters, lexicon version, time) as JSON.
 */
export function exportRoutes(deps: RouteDeps): express.Router {
  const router = express.Router();
  const queries = deps.store.exports;
  const sources = exportSources(queries, deps.store.codes);
  for (const format of EXPORT_FORMATS.values()) {
    router.get(`/api/export.${format.extension}`, async (req, res) => {
      const context: ExportContext = { sources, themes: [...deps.themes.values()], lexiconVersion: queries.lexiconVersion(), baseUrl: `${req.protocol}://${req.get('host') ?? `${deps.config.host}:${deps.config.port}`}` };
      const { meta, chunks } = await exportSearch(deps.engine, searchFromQuery(req), format, context);
      res.type(format.contentType);
      res.setHeader('Content-Disposition', `attachment; filename="lessons-search.${format.extension}"`);
      res.setHeader('Lessons-Export', metaHeader(meta));
      await streamText(res, chunks);
    });
  }
  return router;
}
