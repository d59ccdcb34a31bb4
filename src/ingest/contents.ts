import type { Line } from './types.js';

const CONTENTS_HEADING = /^(table of )?contents$|^index$/i;
/** A contents entry ends in a page number after dot leaders. */
const CONTENTS_ENTRY = /(\.{3,}|…+)\s*\d{1,3}$/;

/**
 * A contents page: it has a "Contents" heading, or most of its lines are entries that end in a
 * page number after dot leaders.
 */
export function isContentsPage(lines: Line[]): boolean {
  if (lines.length === 0) return false;
  if (lines.slice(0, 3).some((line) => CONTENTS_HEADING.test(line.text.trim()))) return true;
  const entries = lines.filter((line) => CONTENTS_ENTRY.test(line.text)).length;
  return entries >= 3 && entries / lines.length >= 0.4;
}
