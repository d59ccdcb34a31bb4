/**
 * Errors that reach a user carry a stable code, an HTTP status and a message that names the
 * problem and the fix. Anything else is a bug: it is logged and answered as a plain 500.
 */
export class AppError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A request or command line the user can correct: malformed query, unknown theme, bad flag. */
export class InputError extends AppError {
  constructor(message: string, code = 'bad_input') {
    super(message, 400, code);
  }
}

export class NotFoundError extends AppError {
  constructor(message: string) {
    super(message, 404, 'not_found');
  }
}

export class TooLargeError extends AppError {
  constructor(message: string) {
    super(message, 413, 'too_large');
  }
}

export class UnsupportedTypeError extends AppError {
  constructor(message: string) {
    super(message, 415, 'unsupported_type');
  }
}

/** Why a document could not be read; each reason has its own code so batches can report them. */
export type DocumentProblem =
  | 'empty'
  | 'not_pdf'
  | 'corrupt'
  | 'encrypted'
  | 'no_text'
  | 'too_large'
  | 'too_many_pages'
  | 'no_passages'
  | 'unreadable';

export class DocumentError extends AppError {
  constructor(
    message: string,
    readonly problem: DocumentProblem,
  ) {
    super(message, problem === 'too_large' ? 413 : 422, problem);
  }
}

/** A lexicon file that cannot be loaded: the message names the file, line and what was expected. */
export class LexiconError extends AppError {
  constructor(message: string) {
    super(message, 500, 'lexicon_invalid');
  }
}

/** A quality criteria file that cannot be loaded: the message names the file, criterion and field. */
export class CriteriaError extends AppError {
  constructor(message: string) {
    super(message, 500, 'criteria_invalid');
  }
}

export interface ErrorBody {
  ok: false;
  error: string;
  status: number;
  code: string;
}

/** The one error body of the API and of `--json` output. */
export function errorBody(err: unknown): ErrorBody {
  if (err instanceof AppError) {
    return { ok: false, error: err.message, status: err.status, code: err.code };
  }
  return { ok: false, error: 'Internal error: the server could not complete the request.', status: 500, code: 'internal' };
}

/** The message to show a user for any error: ours as written, anything else without its stack. */
export function describeError(err: unknown): string {
  if (err instanceof AppError) return err.message;
  if (err instanceof Error) return err.message;
  return String(err);
}
