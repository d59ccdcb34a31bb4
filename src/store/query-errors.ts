/**
 * An error from running a full-text query, by what it means rather than by its wording:
 * SQLITE_ERROR is FTS5 refusing the query text (the user's to fix, code `bad_query`); anything
 * else (busy, corrupt, I/O) keeps the driver's code and is ours.
 */
export function describeQueryError(err: unknown): { message: string; code: string } {
  const code = (err as { code?: unknown }).code;
  return { message: err instanceof Error ? err.message : String(err), code: code === 'SQLITE_ERROR' ? 'bad_query' : typeof code === 'string' ? code : 'internal' };
}
