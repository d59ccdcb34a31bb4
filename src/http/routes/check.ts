import express, { type Request, type RequestHandler, type Response } from 'express';
import multer from 'multer';
import { checkDraft } from '../../check/check-draft.js';
import { loadQualityCriteria, type QualityCriterion } from '../../check/quality/criteria-file.js';
import { draftTooLarge } from '../../check/draft-format.js';
import { DraftPool } from '../../check/draft-pool.js';
import { matchPool, type GroupMatcher } from '../../check/match-pool.js';
import { readTaggingSources } from '../../classifier/index.js';
import type { CheckReport } from '../../check/types.js';
import { AppError, InputError } from '../../errors.js';
import type { AppDeps } from '../route-deps.js';
import { closeAfterResponse, refuseLargeBodies, stopAtSize } from '../body-limit.js';
import { limitConcurrency } from '../concurrency-limit.js';
import { formTokens, TOKEN_FIELD } from '../form-token.js';
import { renderCheckForm, renderCheckReport } from '../views/check.js';

const FIELD = 'draft';
/** Room in a multipart body for its boundaries and the other fields, besides the file. */
const FORM_OVERHEAD = 64 * 1024;

/**
 * GET /check (the upload form), POST /check (the report as a page), POST /api/check (the same
 * report as JSON) and GET /api/check (how to call it). A draft lives only in this request's
 * memory: multer keeps the upload in a buffer, the corpus is read on a read-only connection, and
 * nothing is written unless the form's "Add this draft to the corpus" box (field `save`) is ticked.
 * Drafts are read and tagged in threads with a deadline and a heap limit; a few checks run at
 * once, a few more wait (before their upload is read), and the rest are told to come back.
 */
export function checkRoutes(deps: AppDeps): express.Router {
  const router = express.Router();
  const { config } = deps;
  const receive = draftReceiver(config.maxUploadMb);
  const tokens = formTokens();
  const pool = new DraftPool({
    size: Math.max(1, config.maxChecks),
    tagging: readTaggingSources(config, () => {}),
    timeoutMs: config.checkTimeoutS * 1000,
    maxHeapMb: config.readerHeapMb,
    limits: { maxPages: config.maxPages, maxDocxXmlMb: config.maxDocxXmlMb },
  });
  const gate: RequestHandler[] = [
    refuseLargeBodies(config.maxUploadMb * 1024 * 1024 + FORM_OVERHEAD, () => draftTooLarge(null, null, config.maxUploadMb)),
    limitConcurrency({ running: Math.max(1, config.maxChecks), queued: config.checkQueue, retryAfterS: Math.max(1, config.checkTimeoutS), what: 'draft checks' }),
  ];
  const criteria = loadQualityCriteria(config.criteria);
  // An in-memory database has no file for a matching thread to open: its checks ask everything themselves.
  const file = deps.store.search.file;
  const matcher = file ? matchPool(file) : undefined;

  router.get('/check', (_req, res) => {
    res.type('html').send(renderCheckForm(tokens.issue('check')));
  });
  router.get('/api/check', (_req, res) => {
    res.json({
      ok: true,
      usage: `POST a draft as multipart/form-data in the field "${FIELD}" (PDF, .docx, .txt or .md, at most ${deps.config.maxUploadMb} MB); add the field save=1 to add it to the corpus.`,
    });
  });
  router.post('/api/check', ...gate, async (req: Request, res: Response) => {
    await receive(req, res);
    res.json(await checkUpload(req, deps, pool, criteria, matcher));
  });
  router.post('/check', ...gate, async (req: Request, res: Response) => {
    let report: CheckReport;
    try {
      await receive(req, res);
      tokens.verify('check', (req.body as Record<string, unknown> | undefined)?.[TOKEN_FIELD]);
      report = await checkUpload(req, deps, pool, criteria, matcher);
    } catch (err) {
      // A problem with the file is shown above the form, so the officer can choose another one.
      if (!(err instanceof AppError) || err.status >= 500) throw err;
      res.status(err.status).type('html').send(renderCheckForm(tokens.issue('check'), err.message));
      return;
    }
    res.type('html').send(renderCheckReport(report));
  });
  return router;
}

/** multer with the upload kept in memory (never a temporary file), its errors in the check's own words. */
function draftReceiver(maxUploadMb: number): (req: Request, res: Response) => Promise<void> {
  const upload = multer({
    storage: multer.memoryStorage(),
    defParamCharset: 'utf8',
    limits: { fileSize: maxUploadMb * 1024 * 1024, files: 1, fields: 5 },
  }).single(FIELD);
  return (req, res) =>
    new Promise((resolve, reject) => {
      upload(req, res, (err: unknown) => {
        if (!err) return resolve();
        closeAfterResponse(res);
        reject(uploadError(err, maxUploadMb));
      });
      // multer reads a body over its limit to the end before it answers: answer as the limit is passed.
      stopAtSize(req, maxUploadMb * 1024 * 1024 + FORM_OVERHEAD, () => {
        closeAfterResponse(res);
        reject(draftTooLarge(null, null, maxUploadMb));
      });
    });
}

function uploadError(err: unknown, maxUploadMb: number): unknown {
  if (!(err instanceof multer.MulterError)) {
    return err instanceof Error && !(err instanceof AppError) ? new InputError(`the upload could not be read (${err.message}). Try sending the file again.`, 'bad_upload') : err;
  }
  if (err.code === 'LIMIT_FILE_SIZE') return draftTooLarge(null, null, maxUploadMb);
  return new InputError(`send one draft file, in the form field "${FIELD}" (${err.message}).`, 'bad_upload');
}

async function checkUpload(req: Request, deps: AppDeps, pool: DraftPool, criteria: readonly QualityCriterion[], matcher: GroupMatcher | undefined): Promise<CheckReport> {
  const file = req.file;
  if (!file) throw new InputError(`choose a draft to check: send it as multipart/form-data in the field "${FIELD}".`, 'no_draft');
  const save = ['1', 'on', 'true', 'yes'].includes(String((req.body as Record<string, unknown> | undefined)?.save ?? '').toLowerCase());
  return checkDraft(
    { name: file.originalname, bytes: file.buffer, type: file.mimetype },
    {
      queries: deps.store.checkQueries(),
      tagger: deps.tagger,
      criteria,
      maxUploadMb: deps.config.maxUploadMb,
      read: pool.read,
      ...(matcher ? { matcher } : {}),
      ...(save ? { saveTo: { writer: deps.store.reviews, file: `upload:${file.originalname}` } } : {}),
    },
  );
}
