import { AppError, describeError } from '../errors.js';
import type { ErrorReply } from '../thread-pool.js';

/** A reader thread's error, as it crosses to the main thread: the message and the problem's code. */
export function documentReply(err: unknown): ErrorReply {
  return { message: describeError(err), code: err instanceof AppError ? err.code : 'unreadable' };
}
