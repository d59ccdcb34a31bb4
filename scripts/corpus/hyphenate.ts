import { existsSync, readFileSync } from 'node:fs';

/** Liang's patterns as LibreOffice uses them (Debian package hyphen-en-gb). */
const PATTERN_FILE = '/usr/share/hyphen/hyph_en_GB.dic';

interface Patterns {
  values: Map<string, number[]>;
  longest: number;
  left: number;
  right: number;
}

let patterns: Patterns | null | undefined;

function loadPatterns(): Patterns | null {
  if (!existsSync(PATTERN_FILE)) {
    console.warn(`make-corpus: ${PATTERN_FILE} is missing (apt-get install hyphen-en-gb); pdfkit reports break lines only at hyphens`);
    return null;
  }
  const loaded: Patterns = { values: new Map(), longest: 0, left: 2, right: 3 };
  for (const line of readFileSync(PATTERN_FILE, 'utf8').split('\n').slice(1)) {
    const setting = /^(LEFT|RIGHT)HYPHENMIN (\d+)/.exec(line);
    if (setting) {
      loaded[setting[1] === 'LEFT' ? 'left' : 'right'] = Number(setting[2]);
      continue;
    }
    if (!/^[.a-z0-9]+$/.test(line)) continue;
    const letters = line.replace(/\d/g, '');
    const values = new Array<number>(letters.length + 1).fill(0);
    let position = 0;
    for (const char of line) {
      if (char >= '0' && char <= '9') values[position] = Number(char);
      else position++;
    }
    loaded.values.set(letters, values);
    loaded.longest = Math.max(loaded.longest, letters.length);
  }
  return loaded;
}

/**
 * Where a word may be broken at a line end, as offsets into `word` (a break at 3 splits
 * "assessment" into "ass" + "essment"). A compound breaks only after its own hyphen; proper
 * nouns, numbers and short words never break.
 *
 * breakPoints('assessment') -> [2, 6]  ("as-sess-ment")
 */
export function breakPoints(word: string): number[] {
  const hyphen = word.indexOf('-');
  if (hyphen > 0) {
    return [...word.matchAll(/-/g)].map((match) => (match.index ?? 0) + 1).filter((at) => at > 2 && at < word.length - 2);
  }
  const match = /^([^A-Za-z]*)([a-z]+)(.*)$/.exec(word);
  if (!match || /[A-Za-z0-9]/.test(match[3] ?? '')) return [];
  const core = match[2] ?? '';
  if (core.length < 6) return [];
  if (patterns === undefined) patterns = loadPatterns();
  if (patterns === null) return [];
  const dotted = `.${core}.`;
  const levels = new Array<number>(dotted.length + 1).fill(0);
  for (let start = 0; start < dotted.length; start++) {
    for (let end = start + 1; end <= Math.min(dotted.length, start + patterns.longest); end++) {
      const values = patterns.values.get(dotted.slice(start, end));
      if (!values) continue;
      values.forEach((value, offset) => {
        levels[start + offset] = Math.max(levels[start + offset] ?? 0, value);
      });
    }
  }
  const prefix = (match[1] ?? '').length;
  const points: number[] = [];
  for (let at = patterns.left; at <= core.length - patterns.right; at++) {
    if ((levels[at + 1] ?? 0) % 2 === 1) points.push(prefix + at);
  }
  return points;
}
