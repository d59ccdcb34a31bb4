import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '../errors.js';

/** The hidden field that carries the token in a form. */
export const TOKEN_FIELD = 'token';

/**
 * Tokens for the site's own forms (CSRF): a value only a page of this server can know, put in the
 * form and checked when it comes back. Made from a secret drawn at start-up, per form, so it
 * needs no session; another site cannot read it (same-origin policy, and the Host check).
 * const tokens = formTokens(); tokens.issue('check') ... tokens.verify('check', req.body.token)
 */
export function formTokens() {
  const secret = randomBytes(32);
  const issue = (form: string): string => createHmac('sha256', secret).update(form).digest('base64url');
  return {
    issue,
    /** Throws 403 unless `given` is the token of `form`. */
    verify(form: string, given: unknown): void {
      const expected = Buffer.from(issue(form));
      const actual = Buffer.from(typeof given === 'string' ? given : '');
      if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
        throw new AppError('the form has expired or did not come from this server. Reload the page and submit it again.', 403, 'bad_form_token');
      }
    },
  };
}
