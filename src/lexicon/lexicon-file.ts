import { LexiconError } from '../errors.js';
import { isPassageKind, PASSAGE_KINDS, type PassageKind } from '../model/themes.js';

/**
 * The lexicon file format: one `key: value` a line, `#` starts a comment, indented lines belong
 * to the pattern above them. See lexicons/README.md for the full description and examples.
 */

export interface SourceLine {
  text: string;
  line: number;
}

export interface PatternEntry extends SourceLine {
  /** Guard patterns: a match of any of them in the same sentence vetoes this pattern. */
  unless: SourceLine[];
  /** Passage kinds in which the pattern counts; null for all. */
  kinds: PassageKind[] | null;
}

export interface ExampleEntry extends SourceLine {
  /** True for `match:` (the sentence must get the theme), false for `nomatch:`. */
  expected: boolean;
}

export interface GroupEntry extends SourceLine {
  name: string;
}

export interface LexiconFile {
  file: string;
  /** The theme id, or null for a file that only defines groups. */
  id: SourceLine | null;
  label: string;
  description: string;
  groups: GroupEntry[];
  unless: SourceLine[];
  patterns: PatternEntry[];
  examples: ExampleEntry[];
}

const TOP_KEYS = ['id', 'label', 'description', 'group', 'unless', 'pattern', 'match', 'nomatch'] as const;
const PATTERN_KEYS = ['unless', 'kinds'] as const;
const LINE = /^(\s*)([A-Za-z_]+)\s*:\s?(.*)$/;
const GROUP = /^@([a-z][a-z0-9_]*)\s*=\s*(.+)$/;

/** parseLexiconFile('x.lex', 'id: drift\n...') -> LexiconFile; throws LexiconError naming file and line. */
export function parseLexiconFile(file: string, source: string): LexiconFile {
  const result: LexiconFile = { file, id: null, label: '', description: '', groups: [], unless: [], patterns: [], examples: [] };
  const fail = (line: number, message: string): never => {
    throw new LexiconError(`${file}:${line}: ${message}`);
  };
  const lines = source.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const text = raw.replace(/\s+#.*$|^\s*#.*$/, '');
    if (text.trim() === '') return;
    const found = LINE.exec(text);
    if (!found) return fail(line, `expected "key: value" (keys: ${TOP_KEYS.join(', ')}), found "${raw.trim()}"`);
    const [, indent, rawKey, rawValue] = found as unknown as [string, string, string, string];
    const key = rawKey.toLowerCase();
    const value = rawValue.trim();
    if (value === '') fail(line, `expected a value after "${key}:"`);
    if (indent !== '') return addPatternOption(result, key, value, line, fail);
    switch (key) {
      case 'id':
        if (result.id) fail(line, `a second "id:"; the file already has id "${result.id.text}" on line ${result.id.line}`);
        result.id = { text: value, line };
        return;
      case 'label':
        result.label = value;
        return;
      case 'description':
        result.description = result.description ? `${result.description} ${value}` : value;
        return;
      case 'group': {
        const group = GROUP.exec(value);
        if (!group) return fail(line, `expected "group: @name = pattern", found "group: ${value}"`);
        result.groups.push({ name: group[1] as string, text: (group[2] as string).trim(), line });
        return;
      }
      case 'unless':
        result.unless.push({ text: value, line });
        return;
      case 'pattern':
        result.patterns.push({ text: value, line, unless: [], kinds: null });
        return;
      case 'match':
      case 'nomatch':
        result.examples.push({ text: value, line, expected: key === 'match' });
        return;
      default:
        return fail(line, `unknown key "${key}"; expected one of ${TOP_KEYS.join(', ')} (or, indented under a pattern, ${PATTERN_KEYS.join(', ')})`);
    }
  });
  return result;
}

function addPatternOption(result: LexiconFile, key: string, value: string, line: number, fail: (line: number, message: string) => never): void {
  const pattern = result.patterns[result.patterns.length - 1];
  if (!pattern) return fail(line, `an indented "${key}:" must follow a "pattern:" line`);
  if (key === 'unless') {
    pattern.unless.push({ text: value, line });
    return;
  }
  if (key !== 'kinds') return fail(line, `unknown key "${key}" under a pattern; expected one of ${PATTERN_KEYS.join(', ')}`);
  const kinds = value.split(/[\s,]+/).filter(Boolean);
  for (const kind of kinds) if (!isPassageKind(kind)) fail(line, `unknown passage kind "${kind}"; expected ${PASSAGE_KINDS.join(', ')}`);
  pattern.kinds = kinds as PassageKind[];
}
