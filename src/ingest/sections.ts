import type { PassageKind } from '../model/themes.js';
import type { Line } from './types.js';

/** "4. Analysis", "4 Analysis", "C. Findings", "IV Recommendations": a section number and a title. */
const NUMBERED_HEADING = /^(?:section\s+)?(\d{1,2}|[IVX]{1,4}|[A-H])[.)]?\s+(\p{Lu}[\p{L}'’&/(),:\- ]{2,90})$/u;
const KNOWN_TITLE = /^(introduction|terms of reference|methodology|family (background|composition)|background|summary of (agency )?involvement|chronology|analysis|findings|key (findings|learning|issues)|lessons( learn[et]d?)?|learning|conclusions?|recommendations?|appendix.*|glossary|executive summary|the review process|scope of the review)$/i;

/**
 * The passage kind a section heading implies (themes.md "Kinds of passage"), or null when the
 * heading says nothing about it ("Health visiting"): recommendations are their own kind;
 * analysis, findings, lessons and conclusions are findings; chronology, background, methodology
 * and terms of reference are narrative.
 */
export function sectionKind(heading: string): PassageKind | null {
  const title = heading.toLowerCase();
  if (/recommend/.test(title)) return 'recommendation';
  if (/terms of reference|scope|method|chronolog|background|introduc|glossary|appendix|involvement|family|process/.test(title)) return 'narrative';
  if (/analys|finding|lesson|learn|conclu|apprais|evaluat|practice issues|key issues|what happened and why/.test(title)) return 'finding';
  return null;
}

/** The section number of a numbered heading: "4. Analysis" -> "4"; null when unnumbered. */
export function headingNumber(text: string): string | null {
  const match = NUMBERED_HEADING.exec(text.trim());
  return match && /^\d+$/.test(match[1] ?? '') ? (match[1] ?? null) : null;
}

/** The heading's title without its number: "4. Analysis" -> "Analysis". */
export function headingTitle(text: string): string {
  const match = NUMBERED_HEADING.exec(text.trim());
  return (match?.[2] ?? text).trim();
}

/**
 * A line is a heading when it is short, does not end like a sentence, and is either set larger
 * than the body text, a known section title, or a numbered title ("4. Analysis").
 */
export function isHeading(line: Line, bodySize: number): boolean {
  const text = line.text.trim();
  if (text.length < 3 || text.length > 100 || /[.,;:]$/.test(text) || text.includes('\t')) return false;
  if (/^\d+(\.\d+)+\s/.test(text)) return false;
  const title = headingTitle(text);
  if (KNOWN_TITLE.test(title)) return true;
  if (line.size >= bodySize * 1.12 && /^\p{Lu}|^\d/u.test(text) && wordCount(text) <= 14) return true;
  return NUMBERED_HEADING.test(text) && wordCount(title) <= 8 && isTitleLike(title);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Most words capitalised, or a short phrase: "Summary of agency involvement" passes, a sentence fragment does not. */
function isTitleLike(title: string): boolean {
  const words = title.split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  const minor = /^(of|and|the|in|on|to|for|a|an|with|by|at|from)$/i;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word) || minor.test(word)).length;
  return words.length <= 4 || capitalised / Math.max(1, words.length) >= 0.75;
}
