import { indexCost, isWeakKey, pickAnchor, signature } from './pattern-anchors.js';
import type { CompiledPattern } from './pattern-matcher.js';
import type { NumberedTable, TokenNumbers, Vocabulary } from './vocabulary.js';

/**
 * Compiled patterns indexed by the needs of their ways of matching (pattern-anchors.ts): each need
 * is filed under its most selective key set, its anchor, so that a sentence tries only the
 * patterns one of whose needs it meets in full. Keys are looked up by their vocabulary numbers;
 * each token brings the numbers of the keys it offers, worked out once per distinct token
 * (vocabulary.ts), so a lookup is array reads and integer stamps.
 * new PatternIndex(patterns, vocabulary).candidates(table, 0, table.count) -> indexes into `patterns`, ascending
 */
export class PatternIndex {
  /**
   * By key number: the needs it anchors, in runs that share their rarest other key set. A run is
   * written out in place as that set (-1 for none), the length of the rest of the run, then each
   * need as its pattern, the number of its remaining sets and those sets (by number, rarest next).
   * Most needs fail at their first set, so a lookup reads them in sequence rather than through
   * tables by need, and a run whose set is not met is skipped whole: on dev sentences, 225 runs and
   * 128 needs read a lookup instead of 440 needs.
   */
  private readonly needsByAnchor: PackedLists;
  /** By key number: the key sets it satisfies. Sets are shared: patterns share groups. */
  private readonly setsByKey: PackedLists;
  /**
   * By set number, for a set with a function word ("the", "not", "was"): its keys, function words
   * first. Such a set is not in setsByKey: nearly every sentence meets it, and stamping it from
   * each of its words cost half the stamps of a lookup (on dev sentences 1,328 a lookup, "the"
   * alone 172); it is checked when a need asks, at most once a lookup.
   */
  private readonly keysOfCommonSet: PackedLists;
  /** Per set, whether it is checked when asked (keysOfCommonSet) rather than stamped. */
  private readonly checkedWhenAsked: Uint8Array;
  /** Patterns with a way of matching that needs nothing: candidates everywhere. */
  private readonly unanchored: number[] = [];
  /** Per pattern, the stamp of the last lookup that listed it as a candidate... */
  private readonly listedIn: Int32Array;
  /** ...per key set, the stamp of the last sentence that satisfied it, and of the last that was asked about it... */
  private readonly satisfiedIn: Int32Array;
  private readonly askedIn: Int32Array;
  /**
   * ...and per key, the stamps of the last lookup that went through its sets and its needs: a word
   * met twice is looked up once, and keySetsIn says which keys the sentence holds.
   */
  private readonly keySetsIn: Int32Array;
  private readonly keyNeedsIn: Int32Array;
  private stamp = 0;
  /** The candidates of the last lookup: listed[0] up to listed[listedCount]. */
  private readonly listed: Int32Array;
  private listedCount = 0;

  constructor(
    readonly patterns: readonly CompiledPattern[],
    vocabulary: Vocabulary,
  ) {
    const setNumbers = new Map<string, number>();
    const setsByKey: number[][] = [];
    const keysOfCommonSet: number[][] = [];
    const file = (lists: number[][], at: number, ...values: number[]) => (lists[at] ??= []).push(...values);
    const needs = new NeedRuns();
    const numberSet = (keys: ReadonlySet<string>): number => {
      const name = signature(keys);
      let number = setNumbers.get(name);
      if (number === undefined) {
        number = setNumbers.size;
        setNumbers.set(name, number);
        const common = [...keys].filter(isWeakKey);
        if (common.length === 0) for (const key of keys) file(setsByKey, vocabulary.internIndexKey(key), number);
        else keysOfCommonSet[number] = [...common, ...[...keys].filter((key) => !isWeakKey(key))].map((key) => vocabulary.internIndexKey(key));
      }
      return number;
    };
    patterns.forEach((pattern, index) => {
      if (pattern.needs.some((need) => need.length === 0)) return this.unanchored.push(index);
      for (const need of pattern.needs) {
        const anchor = pickAnchor(need, indexCost) as ReadonlySet<string>;
        // The anchor is met when the need is looked at; the other sets are checked rarest first, so that most fail at once.
        const others = need.filter((keys) => keys !== anchor).sort((a, b) => indexCost(a) - indexCost(b)).map(numberSet);
        for (const key of anchor) needs.file(vocabulary.internIndexKey(key), index, others);
      }
    });
    // The index is built last, when every string is numbered: keys index lists over the whole vocabulary.
    this.setsByKey = new PackedLists(setsByKey, vocabulary.size);
    this.needsByAnchor = new PackedLists(needs.lists(), vocabulary.size);
    this.listedIn = new Int32Array(patterns.length).fill(-1);
    this.listed = new Int32Array(patterns.length);
    this.keysOfCommonSet = new PackedLists(keysOfCommonSet, setNumbers.size);
    this.checkedWhenAsked = Uint8Array.from({ length: setNumbers.size }, (_set, number) => (keysOfCommonSet[number] ? 1 : 0));
    this.satisfiedIn = new Int32Array(setNumbers.size).fill(-1);
    this.askedIn = new Int32Array(setNumbers.size).fill(-1);
    this.keySetsIn = new Int32Array(vocabulary.size).fill(-1);
    this.keyNeedsIn = new Int32Array(vocabulary.size).fill(-1);
  }

  /**
   * The patterns worth running on tokens [from, to) of the table, in pattern order. The list is a
   * view of a buffer the next lookup overwrites: use it before looking up again.
   */
  candidates(table: NumberedTable, from: number, to: number): Int32Array {
    const stamp = (this.stamp += 1);
    for (let i = from; i < to; i += 1) {
      const numbers = table.numbers[i] as TokenNumbers;
      this.satisfy(numbers.anchors, stamp);
      if (table.negated[i] === 1) this.satisfy(numbers.negatedAnchors, stamp);
    }
    this.listedCount = 0;
    for (const index of this.unanchored) this.list(index, stamp);
    for (let i = from; i < to; i += 1) {
      const numbers = table.numbers[i] as TokenNumbers;
      this.considerAnchored(numbers.anchors, stamp);
      if (table.negated[i] === 1) this.considerAnchored(numbers.negatedAnchors, stamp);
    }
    return this.listed.subarray(0, this.listedCount).sort();
  }

  /** Whether the pattern was among the candidates of the last lookup: a guard not worth running vetoes nothing. */
  wasCandidate(index: number): boolean {
    return this.listedIn[index] === this.stamp;
  }

  // The two loops below read the index's arrays into locals: V8 does not hoist `this.x` out of a
  // loop that writes typed arrays, and these loops are most of the lookup's time.
  private satisfy(keys: readonly number[], stamp: number): void {
    const { starts, values } = this.setsByKey;
    const { keySetsIn, satisfiedIn } = this;
    for (let k = 0; k < keys.length; k += 1) {
      const key = keys[k] as number;
      if (keySetsIn[key] === stamp) continue;
      keySetsIn[key] = stamp;
      const end = starts[key + 1] as number;
      for (let at = starts[key] as number; at < end; at += 1) satisfiedIn[values[at] as number] = stamp;
    }
  }

  private considerAnchored(keys: readonly number[], stamp: number): void {
    const { starts, values } = this.needsByAnchor;
    const { keyNeedsIn, satisfiedIn, listedIn } = this;
    for (let k = 0; k < keys.length; k += 1) {
      const key = keys[k] as number;
      if (keyNeedsIn[key] === stamp) continue;
      keyNeedsIn[key] = stamp;
      const end = starts[key + 1] as number;
      for (let run = starts[key] as number; run < end; ) {
        const set = values[run] as number;
        const runEnd = run + 2 + (values[run + 1] as number);
        if (set >= 0 && satisfiedIn[set] !== stamp && !this.meetsWhenAsked(set, stamp)) {
          run = runEnd;
          continue;
        }
        for (let at = run + 2; at < runEnd; ) {
          const pattern = values[at] as number;
          const last = at + 2 + (values[at + 1] as number);
          at += 2;
          // A pattern already listed has nothing to gain from its other needs.
          if (listedIn[pattern] !== stamp) {
            while (at < last && (satisfiedIn[values[at] as number] === stamp || this.meetsWhenAsked(values[at] as number, stamp))) at += 1;
            if (at === last) this.list(pattern, stamp);
          }
          at = last;
        }
        run = runEnd;
      }
    }
  }

  /** Whether the sentence holds a key of a set checked when asked, looked at once a lookup (satisfiedIn keeps a yes); false for a stamped set. */
  private meetsWhenAsked(set: number, stamp: number): boolean {
    if (this.checkedWhenAsked[set] === 0 || this.askedIn[set] === stamp) return false;
    this.askedIn[set] = stamp;
    const { starts, values } = this.keysOfCommonSet;
    const end = starts[set + 1] as number;
    for (let at = starts[set] as number; at < end; at += 1) {
      if (this.keySetsIn[values[at] as number] === stamp) {
        this.satisfiedIn[set] = stamp;
        return true;
      }
    }
    return false;
  }

  private list(index: number, stamp: number): void {
    if (this.listedIn[index] === stamp) return;
    this.listedIn[index] = stamp;
    this.listed[this.listedCount] = index;
    this.listedCount += 1;
  }
}

/** The needs filed under each anchor key, by their first other set, once each (ways of matching repeat needs: 3,526 of 37,706 on the lexicons of 7 December). */
class NeedRuns {
  private readonly byKey: Array<Map<number, Map<string, number[]>> | undefined> = [];

  file(key: number, pattern: number, others: readonly number[]): void {
    const runs = (this.byKey[key] ??= new Map());
    const first = others[0] ?? -1;
    let run = runs.get(first);
    if (!run) runs.set(first, (run = new Map()));
    const rest = others.slice(1);
    run.set(`${pattern} ${rest.join(' ')}`, [pattern, rest.length, ...rest]);
  }

  /** By key: each run as its set, its length, then its needs. */
  lists(): Array<number[] | undefined> {
    return this.byKey.map((runs) => {
      if (!runs) return undefined;
      const list: number[] = [];
      for (const [set, needs] of runs) {
        const values = [...needs.values()].flat();
        list.push(set, values.length, ...values);
      }
      return list;
    });
  }
}

/** Lists of numbers by number, packed into two arrays: list i is values[starts[i]] up to values[starts[i + 1]]. */
class PackedLists {
  readonly starts: Int32Array;
  readonly values: Int32Array;

  constructor(lists: ReadonlyArray<readonly number[] | undefined>, count: number) {
    this.starts = new Int32Array(count + 1);
    const values: number[] = [];
    for (let i = 0; i < count; i += 1) {
      values.push(...(lists[i] ?? []));
      this.starts[i + 1] = values.length;
    }
    this.values = Int32Array.from(values);
  }
}
