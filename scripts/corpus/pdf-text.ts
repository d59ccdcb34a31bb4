import { execFileSync } from 'node:child_process';

/**
 * Page texts as poppler's `pdftotext -layout` lays them out: a reference independent of the
 * project's own parser. Index 0 is page 1.
 */
export function pageTexts(file: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages.map(plain);
}

/** Ligature characters and curly quotes as plain letters, so that lines can be matched to the model. */
export function plain(text: string): string {
  return text
    .replace(/\ufb01/g, 'fi')
    .replace(/\ufb02/g, 'fl')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether a line of the page starts with `start` (whitespace-tolerant), optionally ending there. */
export function pageHasLine(page: string, start: string, wholeLine = false): boolean {
  const words = plain(start).split(/\s+/).filter(Boolean).map(escapeRegExp);
  return new RegExp(`^\\s*${words.join('\\s+')}${wholeLine ? '\\s*$' : '(\\s|$)'}`, 'm').test(page);
}

/**
 * The page (1-based) of each item, searching forward from the previous item's page: the
 * numbers of a report increase, so a cross-reference later in the text cannot be mistaken for
 * an item. Throws when an item is not found, naming it.
 */
export function locate(pages: readonly string[], items: readonly { key: string; start: string; wholeLine?: boolean }[], from = 0): Map<string, number> {
  const found = new Map<string, number>();
  let page = from;
  for (const item of items) {
    while (page < pages.length && !pageHasLine(pages[page] ?? '', item.start, item.wholeLine)) page++;
    if (page >= pages.length) throw new Error(`locate: "${item.start}" (${item.key}) not found at a line start after page ${from + 1}`);
    found.set(item.key, page + 1);
  }
  return found;
}
