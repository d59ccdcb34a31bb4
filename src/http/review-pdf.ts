import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import type { Request, Response } from 'express';
import { InputError, NotFoundError } from '../errors.js';
import type { ReviewPageQueries } from '../store/review-page-queries.js';

/** Where a review's source PDF is: served at `url` while the file is where it was ingested, else where it was. */
export interface PdfSource {
  available: boolean;
  /** The PDF's address on this server, or null when the file has gone. */
  url: string | null;
  file_name: string;
  /** The path the PDF was ingested from, shown only once it has gone, to help find it again. */
  ingested_from: string | null;
}

/** The id of `/reviews/:id`, or a 400 that says the id is not a number. */
export function reviewIdParam(req: Request): number {
  const text = String(req.params.id);
  const id = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(id)) throw new InputError(`the review id "${text}" is not a number: review pages are at /reviews/1, /reviews/2, … (the list is at /reviews).`, 'bad_review_id');
  return id;
}

/** Whether the stored path still holds a file; the path comes from the database, never from a request. */
export function pdfSource(id: number, file: string): PdfSource {
  const available = isFile(file);
  return { available, url: available ? `/reviews/${id}/pdf` : null, file_name: path.basename(file), ingested_from: available ? null : file };
}

/** GET /reviews/:id/pdf: streams the review's own PDF from the path stored at ingest. */
export function servePdf(queries: ReviewPageQueries) {
  return (req: Request, res: Response, next: (err?: unknown) => void): void => {
    const id = reviewIdParam(req);
    const file = queries.file(id);
    if (file === undefined) throw new NotFoundError(`there is no review ${id}. The list of reviews is at /reviews.`);
    if (!isFile(file)) throw new NotFoundError(`the PDF of review ${id} was ingested from ${file} and is no longer there. Put it back there to read it here; its text is at /reviews/${id}.`);
    const stream = createReadStream(file);
    stream.once('open', () => {
      res.type('application/pdf');
      res.setHeader('Content-Disposition', `inline; filename="${path.basename(file).replace(/[^\w.-]/g, '_')}"`);
      stream.pipe(res);
    });
    stream.once('error', (err) => (res.headersSent ? res.destroy(err) : next(new NotFoundError(`the PDF of review ${id} at ${file} could not be read (${(err as NodeJS.ErrnoException).code ?? err.message}).`))));
  };
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
