import type { CompiledPattern, Span } from './pattern-matcher.js';
import type { GroupMatch } from './types.js';
import type { NumberedTable } from './vocabulary.js';

/**
 * The lexicon groups a sentence may have (the group patterns among its index candidates, in the
 * index's order) and what looking for each found, so that no group is looked for twice whatever
 * asks first: the model's failure gate, its bound, or the pass that fills the sentence's lists.
 * One instance serves every sentence in turn; start() starts the next.
 */
export class SentenceGroups {
  readonly names: string[] = [];
  private readonly patterns: CompiledPattern[] = [];
  /** undefined: not looked for yet. */
  private readonly spans: Array<Span | null | undefined> = [];
  private table: NumberedTable | null = null;
  private from = 0;
  private to = 0;
  /** How group `at` of names matches in the sentence (ReadOptions.groupsWanted's `lookFor`). */
  readonly lookFor = (at: number): GroupMatch => {
    const span = this.spanOf(at);
    if (span === null) return 'absent';
    return (this.table as NumberedTable).negated[span.start] === 1 ? 'negated' : 'present';
  };

  /** Starts the sentence [from, to), with no groups yet. */
  start(table: NumberedTable, from: number, to: number): void {
    this.names.length = 0;
    this.patterns.length = 0;
    this.spans.length = 0;
    [this.table, this.from, this.to] = [table, from, to];
  }

  /** Adds a group the sentence may have, not looked for yet. */
  add(name: string, pattern: CompiledPattern): void {
    this.names.push(name);
    this.patterns.push(pattern);
    this.spans.push(undefined);
  }

  /** Where group `at` of names matches in the sentence, looked for once. */
  spanOf(at: number): Span | null {
    let span = this.spans[at];
    if (span === undefined) {
      span = (this.patterns[at] as CompiledPattern).find(this.table as NumberedTable, this.from, this.to);
      this.spans[at] = span;
    }
    return span;
  }

  /** Whether one of these groups matches in the sentence, looked for in the index's order up to the first that does. */
  matchesOneOf(wanted: ReadonlySet<string>): boolean {
    for (let at = 0; at < this.names.length; at += 1) if (wanted.has(this.names[at] as string) && this.spanOf(at) !== null) return true;
    return false;
  }
}
