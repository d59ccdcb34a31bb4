/**
 * Repairs words broken across lines. A line ending "assess-" followed by "ment" is one word, but
 * "multi-" followed by "agency" is a compound whose hyphen must stay. The document itself is the
 * best witness (a form it uses whole elsewhere decides), then an English dictionary: a joined
 * form that is a word is joined ("inter-vene"), two words that are each words keep their hyphen
 * ("thirty-sixth"). Prefixes that are not words on their own ("multi-") keep it too.
 */
const COMPOUND_PREFIXES = new Set(['multi', 'inter', 'non', 'pre', 'post', 'co', 'self', 'cross', 'anti', 'semi', 'socio', 'intra', 'mid']);

export interface Vocabulary {
  has(word: string): boolean;
}

/** Every word of the text in lower case, hyphenated compounds included ("multi-agency"). */
export function buildVocabulary(lines: Iterable<string>): Vocabulary {
  const words = new Set<string>();
  const word = /\p{L}+(?:-\p{L}+)*/gu;
  for (const line of lines) {
    const lower = line.toLowerCase();
    for (let match = word.exec(lower); match; match = word.exec(lower)) words.add(match[0]);
  }
  return words;
}

/**
 * Joins two lines of one paragraph, repairing a line-end hyphen.
 * joinLines('a thorough assess-', 'ment of risk', doc, english) === 'a thorough assessment of risk'
 * joinLines('poor multi-', 'agency working', doc, english) === 'poor multi-agency working'
 */
export function joinLines(left: string, right: string, document: Vocabulary, english: Vocabulary): string {
  // `left` is the paragraph so far: only its last word is looked at, never the whole of it again.
  const last = left.charCodeAt(left.length - 1);
  if (last !== 0x2d && last !== 0xad) return `${left} ${right}`;
  const broken = /(\p{L}+)[-\u00ad]$/u.exec(left.slice(left.lastIndexOf(' ') + 1));
  const next = /^(\p{L}+)/u.exec(right);
  if (!broken || !next) return `${left} ${right}`;
  const stem = left.slice(0, -1);
  if (last === 0xad) return stem + right;
  const [head, tail] = [(broken[1] ?? '').toLowerCase(), (next[1] ?? '').toLowerCase()];
  const keep = keepsHyphen(head, tail, right.slice(tail.length).startsWith('-') || /^\p{Lu}/u.test(next[1] ?? ''), document, english);
  return keep ? `${stem}-${right}` : stem + right;
}

function keepsHyphen(head: string, tail: string, compoundContinues: boolean, document: Vocabulary, english: Vocabulary): boolean {
  const whole = head + tail;
  const compound = `${head}-${tail}`;
  if (document.has(compound) !== document.has(whole)) return document.has(compound);
  if (compoundContinues || english.has(compound)) return true;
  if (english.has(whole)) return false;
  if (COMPOUND_PREFIXES.has(head)) return true;
  return head.length > 1 && tail.length > 1 && english.has(head) && english.has(tail);
}
