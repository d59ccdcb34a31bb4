import { escapeHtml } from '../../search/highlight.js';

export { escapeHtml };

/**
 * HTML that is safe to insert as it is: built by the `html` template (which escapes every value it
 * is given) or vouched for with `trustedHtml` (markup made by our own highlighter).
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Value = SafeHtml | string | number | boolean | null | undefined | readonly Value[];

/**
 * The one way views write HTML: every interpolated value is escaped unless it is already SafeHtml;
 * arrays are joined; null, undefined and false write nothing.
 * html`<p>${'<b>'}</p>`.value === '<p>&lt;b&gt;</p>'
 */
export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += write(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

function write(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(write).join('');
  return escapeHtml(String(value));
}

/** Marks HTML built elsewhere from escaped text (snippets, highlighted spans) as safe. */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
