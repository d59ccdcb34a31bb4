/**
 * Repairs words broken across lines. A line ending "assess-" followed by "ment" is one word, but
 * "multi-" followed by "agency" is a compound whose hyphen must stay. The document itself is the
 * best dictionary: a form seen whole elsewhere in the text decides; otherwise known compound
 * prefixes and suffix words keep the hyphen, and anything else is joined.
 */
const COMPOUND_PREFIXES = new Set([
  'multi', 'inter', 'intra', 'non', 'pre', 'post', 'co', 'self', 'well', 'long', 'short', 'step',
  'cross', 'anti', 'half', 'part', 'full', 'sub', 'under', 'over', 'mid', 'semi', 'socio', 'follow',
  'face', 'decision', 'risk', 'child', 'young', 'health', 'second', 'first', 'third', 'out', 'one',
]);
const COMPOUND_SUFFIXES = new Set([
  'agency', 'agencies', 'term', 'based', 'led', 'up', 'down', 'making', 'specific', 'related', 'focused',
  'centred', 'centered', 'aged', 'year', 'old', 'to', 'on', 'in', 'off', 'out', 'time', 'level', 'being',
  'partner', 'partners', 'husband', 'wife', 'boyfriend', 'girlfriend',
]);

export interface Vocabulary {
  has(word: string): boolean;
}

/** Every word of the text in lower case, hyphenated compounds included ("multi-agency"). */
export function buildVocabulary(lines: Iterable<string>): Vocabulary {
  const words = new Set<string>();
  for (const line of lines) {
    for (const match of line.toLowerCase().matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
      words.add(match[0]);
    }
  }
  return words;
}

/**
 * Joins two lines of one paragraph, repairing a line-end hyphen.
 * joinLines('a thorough assess-', 'ment of risk', vocab) === 'a thorough assessment of risk'
 * joinLines('poor multi-', 'agency working', vocab) === 'poor multi-agency working'
 */
export function joinLines(left: string, right: string, vocabulary: Vocabulary): string {
  const broken = /(\p{L}+)[-\u00ad]$/u.exec(left);
  const next = /^(\p{L}+)/u.exec(right);
  if (!broken || !next) return `${left} ${right}`;
  const [head, tail] = [broken[1] ?? '', next[1] ?? ''];
  const stem = left.slice(0, -1);
  const joinedHyphenated = `${stem}-${right}`;
  if (left.endsWith('\u00ad')) return stem + right;
  const whole = `${head}${tail}`.toLowerCase();
  const compound = `${head}-${tail}`.toLowerCase();
  if (vocabulary.has(compound) && !vocabulary.has(whole)) return joinedHyphenated;
  if (vocabulary.has(whole)) return stem + right;
  if (/^\p{Lu}/u.test(tail) || /^-/.test(right.slice(tail.length))) return joinedHyphenated;
  if (COMPOUND_PREFIXES.has(head.toLowerCase()) || COMPOUND_SUFFIXES.has(tail.toLowerCase())) return joinedHyphenated;
  return stem + right;
}
