import express, { type Request, type Response } from 'express';
import { agreementReport } from '../../coding/agreement-report.js';
import { codingQueue, queueRequest, type QueueRequest } from '../../coding/queue.js';
import { judgedVersions, recordCodes, type RecordDeps } from '../../coding/record-codes.js';
import { InputError } from '../../errors.js';
import { isDecision, type CodeFilter, type CodeInput } from '../../model/codes.js';
import { isThemeId } from '../../model/themes.js';
import { formTokens, TOKEN_FIELD } from '../form-token.js';
import { pageAndJson } from '../page-and-json.js';
import { oneParam } from '../query-params.js';
import type { RouteDeps } from '../route-deps.js';
import { isLoopback } from '../write-access.js';
import { renderAgreementPage } from '../views/agreement-page.js';
import { queueHref, renderCodingQueue } from '../views/coding-page.js';

const MAX_BATCH = 5000;

/**
 * Human codes: POST and GET /api/codes; the coding queue /code (its JSON twin /api/code) and the
 * form it posts to; and /agreement, the machine measured against the codes.
 */
export function codeRoutes(deps: RouteDeps): express.Router {
  const router = express.Router();
  const codes = deps.store.codes;
  const coding = deps.store.coding;
  const queueDeps = { codes, coding, passages: deps.store.search };
  const versionsFor = judgedVersions(deps.config);
  // What a coder judged are the stored tags: their lexicon version (a retag may have run since start-up), else the app's.
  const recording = (): RecordDeps => ({ codes, versions: versionsFor(coding.lexiconVersion() ?? deps.tagger.version), refreshPassages: (ids) => deps.engine.refreshPassages(ids) });
  const tokens = formTokens();

  router.post('/api/codes', express.json({ limit: '2mb' }), (req: Request, res: Response) => {
    const stored = recordCodes(recording(), codesOfBody(req.body, deps.config.coder));
    res.status(201).json({ ok: true, codes: stored });
  });
  router.get('/api/codes', (req: Request, res: Response) => {
    const filter = codeFilter(req);
    res.json({ ok: true, codes: oneParam(req, 'current') === '1' ? codes.current(filter) : codes.list(filter) });
  });

  const queueOf = (req: Request): QueueRequest => queueRequest(Object.fromEntries(['theme', 'sample', 'seed', 'size', 'coder', 'skip', 'passage'].map((name) => [name, oneParam(req, name)])), deps.config.coder);
  pageAndJson(router, '/code', (req) => codingQueue(queueDeps, queueOf(req)), (data, context) => renderCodingQueue(data, context, deps.themes, { token: tokens.issue('code'), askAccessToken: !isLoopback(deps.config.host) }));
  router.post('/code', express.urlencoded({ extended: false, limit: '64kb' }), (req: Request, res: Response) => {
    const form = req.body as Record<string, string | undefined>;
    tokens.verify('code', form[TOKEN_FIELD]);
    const queue = queueRequest(form, deps.config.coder);
    const theme = form.add_theme ? form.add_theme : queue.theme;
    recordCodes(recording(), [{ passage_id: Number(form.passage_id), theme, decision: form.add_theme ? 'add' : (form.decision ?? ''), coder: queue.coder, memo: form.memo ?? '' }]);
    res.redirect(303, queueHref(queue));
  });

  pageAndJson(
    router,
    '/agreement',
    (req) => {
      const theme = oneParam(req, 'theme') || null;
      if (theme !== null && !isThemeId(theme)) throw new InputError(`theme: unknown theme "${theme}"`, 'bad_theme');
      return agreementReport(codes, coding, { coder: oneParam(req, 'coder') || null, theme });
    },
    (data, context) => renderAgreementPage(data, context, deps.themes),
  );
  return router;
}

/** A POST /api/codes body: one code, an array of codes, or { codes: [...] }; a code without a coder takes the server's LESSONS_CODER. */
function codesOfBody(body: unknown, defaultCoder: string): CodeInput[] {
  const list = Array.isArray(body) ? body : body && typeof body === 'object' && Array.isArray((body as { codes?: unknown }).codes) ? (body as { codes: unknown[] }).codes : [body];
  if (list.length === 0) throw new InputError('codes: the body holds no code; send { passage_id, theme, decision, coder } or a list of them', 'invalid_code');
  if (list.length > MAX_BATCH) throw new InputError(`codes: at most ${MAX_BATCH} codes a request, not ${list.length}`, 'invalid_code');
  return list.map((code: unknown) => (code && typeof code === 'object' ? { ...(code as CodeInput), coder: (code as Partial<CodeInput>).coder ?? defaultCoder } : (code as CodeInput)));
}

function codeFilter(req: Request): CodeFilter {
  const filter: CodeFilter = {};
  const coder = oneParam(req, 'coder');
  if (coder) filter.coder = coder;
  const theme = oneParam(req, 'theme');
  if (theme) {
    if (!isThemeId(theme)) throw new InputError(`theme: unknown theme "${theme}"`, 'bad_theme');
    filter.theme = theme;
  }
  const decision = oneParam(req, 'decision');
  if (decision) {
    if (!isDecision(decision)) throw new InputError(`decision: "${decision}" is not confirm, reject or add`, 'bad_decision');
    filter.decision = decision;
  }
  for (const name of ['review_id', 'passage_id'] as const) {
    const value = oneParam(req, name);
    if (!value) continue;
    if (!/^\d+$/.test(value)) throw new InputError(`${name}: must be a whole number, not "${value}"`, `bad_${name}`);
    filter[name] = Number(value);
  }
  return filter;
}
