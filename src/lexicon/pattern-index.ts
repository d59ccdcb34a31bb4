import type { TokenTable } from '../nlp/tokens.js';
import { prefixAnchor } from './pattern-anchors.js';
import type { CompiledPattern } from './pattern-matcher.js';

/** The index keys of one sentence, read once and shared by every index that looks at it. */
export interface SentenceKeys {
  list: string[];
  present: ReadonlySet<string>;
}

/** sentenceKeys(table, 0, 3) for "Staff were unaware" -> the keys, un-keys, "=form" and "^pre" entries of its tokens. */
export function sentenceKeys(table: TokenTable, from: number, to: number): SentenceKeys {
  const present = new Set<string>();
  for (let i = from; i < to; i += 1) {
    const lower = table.lower[i] as string;
    present.add(table.keys[i] as string);
    const unKey = table.unKeys[i];
    if (unKey !== undefined) present.add(unKey);
    present.add(`=${lower}`);
    present.add(prefixAnchor(lower));
  }
  return { list: [...present], present };
}

/**
 * Compiled patterns indexed by their anchor keys, so that a sentence tries only the patterns
 * whose anchor it contains and whose other required words it has too.
 * new PatternIndex(patterns).candidates(sentenceKeys(table, 0, table.count)) -> indexes into `patterns`
 */
export class PatternIndex {
  private readonly byAnchor = new Map<string, number[]>();
  private readonly unanchored: number[] = [];
  /** The distinct required key sets of all patterns (patterns share groups), by number... */
  private readonly requirementsOf: number[][];
  /** ...and, for each key, the sets it satisfies. */
  private readonly setsByKey = new Map<string, number[]>();
  /** Per pattern, the stamp of the last lookup that listed it, so each is listed once. */
  private readonly listedIn: Int32Array;
  /** Per required set, the stamp of the last sentence that satisfied it. */
  private readonly satisfiedIn: Int32Array;
  private stamp = 0;

  constructor(readonly patterns: readonly CompiledPattern[]) {
    const setNumbers = new Map<string, number>();
    this.requirementsOf = patterns.map((pattern) =>
      pattern.requires.map((keys) => {
        const signature = [...keys].sort().join('\u0000');
        let number = setNumbers.get(signature);
        if (number === undefined) {
          number = setNumbers.size;
          setNumbers.set(signature, number);
          for (const key of keys) file(this.setsByKey, key, number);
        }
        return number;
      }),
    );
    patterns.forEach((pattern, index) => {
      if (!pattern.anchor) return this.unanchored.push(index);
      for (const key of pattern.anchor) file(this.byAnchor, key, index);
    });
    this.listedIn = new Int32Array(patterns.length).fill(-1);
    this.satisfiedIn = new Int32Array(setNumbers.size).fill(-1);
  }

  candidates(keys: SentenceKeys): number[] {
    const stamp = (this.stamp += 1);
    for (const key of keys.list) for (const set of this.setsByKey.get(key) ?? NONE) this.satisfiedIn[set] = stamp;
    const listed: number[] = [];
    const consider = (index: number) => {
      if (this.listedIn[index] === stamp) return;
      this.listedIn[index] = stamp;
      if ((this.requirementsOf[index] as number[]).every((set) => this.satisfiedIn[set] === stamp)) listed.push(index);
    };
    for (const index of this.unanchored) consider(index);
    for (const key of keys.list) for (const index of this.byAnchor.get(key) ?? NONE) consider(index);
    return listed;
  }
}

const NONE: readonly number[] = [];

function file(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
