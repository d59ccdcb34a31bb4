import type { TaggingSources } from '../classifier/index.js';
import { AppError, DocumentError, type DocumentProblem } from '../errors.js';
import { READER_ERRORS } from '../ingest/worker-pool.js';
import { ThreadPool } from '../thread-pool.js';
import { withName, type DraftLimits, type TaggedDraft } from './draft-reader.js';
import type { Draft } from './types.js';

export interface DraftPoolOptions {
  size: number;
  /** The lexicons and model every thread compiles once. */
  tagging: TaggingSources;
  timeoutMs: number;
  maxHeapMb: number;
  limits: DraftLimits;
}

/**
 * Threads that read and tag uploaded drafts, so that a hostile file (a zip bomb, a PDF of nested
 * forms) costs one thread, stopped at a deadline or a heap limit, and never the server.
 */
export class DraftPool {
  private readonly pool: ThreadPool<{ draft: Draft; limits: DraftLimits }, TaggedDraft>;

  constructor(private readonly options: DraftPoolOptions) {
    this.pool = new ThreadPool({
      caller: import.meta.url,
      name: './draft-worker',
      size: options.size,
      workerData: { tagging: options.tagging },
      timeoutMs: options.timeoutMs,
      maxHeapMb: options.maxHeapMb,
      errors: { ...READER_ERRORS, fromReply: draftError },
      watchMemory: true,
    });
  }

  /** Reads and tags one draft in a thread: the function `checkDraft` takes as `deps.read`. */
  read = (draft: Draft): Promise<TaggedDraft> =>
    this.pool.run({ draft: { name: draft.name, bytes: draft.bytes, ...(draft.type ? { type: draft.type } : {}) }, limits: this.options.limits }).catch((err: unknown) => {
      // The thread's own failures (deadline, memory) do not know the file's name.
      throw withName(err, draft.name);
    });
}

/** Errors keep their status across the thread: 413, 415 and 422 are told apart by their code. */
function draftError(reply: { message: string; code: string }): Error {
  if (reply.code === 'unsupported_type') return new AppError(reply.message, 415, reply.code);
  return new DocumentError(reply.message, reply.code as DocumentProblem);
}
