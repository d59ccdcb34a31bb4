import { createHash } from 'node:crypto';
import { LexiconError } from '../errors.js';
import { readTokens } from '../nlp/tokens.js';
import type { TokenTable } from '../nlp/token-table.js';
import { textForReading } from '../nlp/text-for-reading.js';
import { isThemeId, type PassageKind, type ThemeId } from '../model/themes.js';
import type { LexiconFile, SourceLine } from './lexicon-file.js';
import { inferKind, type SentenceEvidence } from './passage-kind.js';
import { compilePattern, type CompileOptions, type CompiledPattern, type Span } from './pattern-matcher.js';
import { newCompileMemo, type ResolveOptions } from './pattern-anchors.js';
import { TokenNumbering, Vocabulary, type NumberedTable } from './vocabulary.js';
import { parsePattern, PatternSyntaxError, type PatternNode } from './pattern-syntax.js';
import { FINDING_CUES, NARRATIVE_CUES, TOPIC_CUES } from './statement-cues.js';
import { markCounterfactuals } from './counterfactuals.js';
import { compileSettledWords, isSettledGroup, readSentence, type SettledWords } from './statements.js';
import { PatternIndex } from './pattern-index.js';
import type { LexiconInfo, PassageReading, ReadOptions, SentenceReading, Tagger, TagResult, ThemeMatch } from './types.js';
import { winkWordReader } from './word-reader.js';
import { SentenceGroups } from './sentence-groups.js';
import { continuesSentenceBefore, takesFromBoth, withClausesJoined } from './continued-sentences.js';

interface ThemePattern {
  theme: ThemeId;
  text: string;
  matcher: CompiledPattern;
  unless: readonly CompiledPattern[];
  kinds: ReadonlySet<PassageKind> | null;
}

interface Found {
  pattern: ThemePattern;
  span: Span;
}

/**
 * Builds the tagger from parsed lexicon files: validates ids, resolves groups, compiles every
 * pattern once and indexes it by its anchor keys.
 */
export function buildTagger(files: readonly LexiconFile[], sources: ReadonlyArray<{ file: string; source: string }>): Tagger {
  const groups = collectGroups(files);
  const context: ResolveOptions = { reader: winkWordReader, groups, vocabulary: new Vocabulary(), memo: newCompileMemo() };
  const compile = (file: string, entry: SourceLine, theme: string) => compileEntry(file, entry, theme, { ...context, affirmFirstWord: true });
  const guard = (file: string, entry: SourceLine, theme: string) => compileEntry(file, entry, theme, { ...context, affirmFirstWord: false });
  const patterns: ThemePattern[] = [];
  const lexicons: LexiconInfo[] = [];
  const seen = new Map<string, string>();
  for (const lexicon of files) {
    if (!lexicon.id) {
      const stray = lexicon.patterns[0] ?? lexicon.examples[0] ?? lexicon.unless[0];
      if (stray) throw new LexiconError(`${lexicon.file}:${stray.line}: a file with patterns or examples needs an "id:" line naming its theme`);
      continue;
    }
    const id = lexicon.id.text;
    const where = `${lexicon.file}:${lexicon.id.line}`;
    if (!isThemeId(id)) throw new LexiconError(`${where}: unknown theme "${id}"; expected one of the ids of themes.md (see src/model/themes.ts)`);
    const earlier = seen.get(id);
    if (earlier) throw new LexiconError(`${where}: duplicate id "${id}"; it is already defined in ${earlier}`);
    seen.set(id, where);
    for (const [key, value] of [['label', lexicon.label], ['description', lexicon.description]] as const) {
      if (!value) throw new LexiconError(`${lexicon.file}: missing "${key}:" line for theme "${id}"`);
    }
    if (lexicon.patterns.length === 0) throw new LexiconError(`${lexicon.file}: theme "${id}" has no "pattern:" line`);
    const themeGuards = lexicon.unless.map((entry) => guard(lexicon.file, entry, id));
    for (const entry of lexicon.patterns) {
      patterns.push({
        theme: id,
        text: entry.text,
        matcher: compile(lexicon.file, entry, id),
        unless: [...themeGuards, ...entry.unless.map((unless) => guard(lexicon.file, unless, id))],
        kinds: entry.kinds ? new Set(entry.kinds) : null,
      });
    }
    lexicons.push({ id, label: lexicon.label, description: lexicon.description, file: lexicon.file, patterns: lexicon.patterns.length });
  }
  const builtIn = (texts: readonly string[]) => texts.map((text) => compile('(built-in cues)', { text, line: 0 }, 'cue'));
  // A topic cue names what a sentence is (a definition, a term of reference) whatever the negation:
  // "a lack of challenge is a term used in reviews for ..." is still a definition.
  const topicCues = TOPIC_CUES.map((text) => guard('(built-in cues)', { text, line: 0 }, 'cue'));
  const cues = { topic: topicCues, finding: builtIn(FINDING_CUES), narrative: builtIn(NARRATIVE_CUES) };
  // Each group on its own, matched whatever the negation, for the learned layer's features (not the settled-clause reading's).
  const groupPatterns = [...groups.keys()].filter((name) => !isSettledGroup(name)).map((name) => ({ name, pattern: guard('(groups)', { text: `@${name}`, line: 0 }, 'group') }));
  return new IndexedTagger(patterns, lexicons, versionOf(sources), cues, groupPatterns, context.vocabulary, compileSettledWords(files, context));
}

function collectGroups(files: readonly LexiconFile[]): Map<string, PatternNode> {
  const groups = new Map<string, PatternNode>();
  const where = new Map<string, string>();
  for (const lexicon of files) {
    for (const group of lexicon.groups) {
      const location = `${lexicon.file}:${group.line}`;
      const earlier = where.get(group.name);
      if (earlier) throw new LexiconError(`${location}: group @${group.name} is already defined at ${earlier}`);
      try {
        const tree = parsePattern(group.text);
        if (tree.near) throw new PatternSyntaxError(group.text.search(/[&~]/) + 1, 'a group without "&" or "~"', `"${group.text.match(/[&~]/)?.[0]}"`);
        groups.set(group.name, tree.root);
        where.set(group.name, location);
      } catch (err) {
        throw asLexiconError(err, location, group.text);
      }
    }
  }
  return groups;
}

function compileEntry(file: string, entry: SourceLine, theme: string, options: CompileOptions): CompiledPattern {
  try {
    return compilePattern(parsePattern(entry.text), options);
  } catch (err) {
    throw asLexiconError(err, `${file}:${entry.line}`, entry.text, theme);
  }
}

function asLexiconError(err: unknown, location: string, text: string, theme?: string): Error {
  if (!(err instanceof PatternSyntaxError)) return err as Error;
  const column = err.column > 0 ? ` at column ${err.column}` : '';
  return new LexiconError(`${location}: bad pattern${theme ? ` in theme ${theme}` : ''} "${text}"${column}: expected ${err.expected}, found ${err.found}`);
}

function versionOf(sources: ReadonlyArray<{ file: string; source: string }>): string {
  const hash = createHash('sha256');
  const sorted = [...sources].sort((a, b) => baseName(a.file).localeCompare(baseName(b.file)));
  for (const { file, source } of sorted) hash.update(`${baseName(file)}\0${source}\0`);
  return hash.digest('hex').slice(0, 12);
}

function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

/** Built-in cue patterns (statement-cues.ts), compiled with the lexicons. */
interface Cues {
  topic: CompiledPattern[];
  finding: CompiledPattern[];
  narrative: CompiledPattern[];
}

type Role = 'theme' | 'guard' | 'group' | keyof Cues;

/**
 * One entry of the index: a theme pattern, a guard (run only when the index lists it), or a cue
 * of one of the three roles. A theme pattern carries the index numbers of its guards.
 */
type Indexed =
  | { role: 'theme'; pattern: ThemePattern; guards: number[] }
  | { role: 'group'; pattern: CompiledPattern; name: string }
  | { role: Exclude<Role, 'theme' | 'group'>; pattern: CompiledPattern };

class IndexedTagger implements Tagger {
  /** One index over theme patterns, guards and cues alike, so each sentence is looked up once. */
  private readonly index: PatternIndex;
  private readonly indexed: Indexed[];
  /** Where each role's entries begin in `indexed`. They stand together, so a sentence's candidates (ascending) list them together. */
  private readonly roleStarts = new Map<Role, number>();
  private readonly numbering: TokenNumbering;
  /** The groups of the sentence being read (sentenceReading()). */
  private readonly groups = new SentenceGroups();

  constructor(
    patterns: readonly ThemePattern[],
    readonly lexicons: readonly LexiconInfo[],
    readonly version: string,
    cues: Cues,
    groups: ReadonlyArray<{ name: string; pattern: CompiledPattern }>,
    vocabulary: Vocabulary, private readonly settled: SettledWords,
  ) {
    const guards = [...new Set(patterns.flatMap((pattern) => pattern.unless))];
    const firstGuard = patterns.length;
    this.indexed = [
      ...patterns.map((pattern): Indexed => ({ role: 'theme', pattern, guards: pattern.unless.map((guard) => firstGuard + guards.indexOf(guard)) })),
      ...guards.map((pattern): Indexed => ({ role: 'guard', pattern })),
      ...(['topic', 'finding', 'narrative'] as const).flatMap((role) => cues[role].map((pattern): Indexed => ({ role, pattern }))),
      ...groups.map(({ name, pattern }): Indexed => ({ role: 'group', pattern, name })),
    ];
    this.indexed.forEach(({ role }, at) => {
      if (!this.roleStarts.has(role)) this.roleStarts.set(role, at);
      else if (this.indexed[at - 1]?.role !== role) throw new Error(`tagger: the ${role} patterns must stand together in the index, or firstOfRole() misses some`);
    });
    this.index = new PatternIndex(this.indexed.map((entry) => (entry.role === 'theme' ? entry.pattern.matcher : entry.pattern)), vocabulary);
    vocabulary.freeze();
    this.numbering = new TokenNumbering(vocabulary);
  }

  tag(text: string, context: { section?: PassageKind } = {}): TagResult {
    const { kind, themes, matches, sentences } = this.readPassage(text, context, null);
    return { kind, themes, matches, sentences };
  }

  read(text: string, context: { section?: PassageKind } = {}, options: ReadOptions = {}): PassageReading {
    return this.readPassage(text, context, [], options);
  }

  /** Tags the passage; with `readings` (an empty list to fill), also records how each sentence was read. */
  private readPassage(text: string, context: { section?: PassageKind }, readings: SentenceReading[] | null, options: ReadOptions = {}): PassageReading {
    const { text: plain, toOriginal } = textForReading(text);
    const table = this.numbering.number(readTokens(plain));
    const factual = new Array<number>(table.count).fill(1);
    const found: Found[] = [];
    const evidence: SentenceEvidence[] = [];
    // Where the sentence before began, if it stated something (not a heading or topic): -1 otherwise.
    let statedBefore = -1;
    for (const [from, to] of table.sentences) {
      markCounterfactuals(table, from, to);
      const candidates = this.index.candidates(table, from, to);
      const reading = readSentence(table, from, to, factual, this.countCues(candidates, 'topic', table, from, to) > 0, this.settled);
      const before = found.length;
      if (!reading.topicOnly) this.matchSentence(candidates, table, from, to, factual, found);
      if (readings && to > from) readings.push(this.sentenceReading(candidates, table, factual, from, to, toOriginal, reading, options));
      // Judgement and chronology cues only serve to infer the kind, so they are skipped when the section gives it.
      const findingCues = context.section ? 0 : this.countCues(candidates, 'finding', table, from, to);
      const narrativeCues = context.section ? 0 : this.countCues(candidates, 'narrative', table, from, to);
      // The candidates are spent: matching across two sentences looks up its own.
      if (statedBefore >= 0 && !reading.topicOnly && continuesSentenceBefore(table, from, to)) this.matchAcross(table, statedBefore, from, to, factual, found);
      statedBefore = reading.topicOnly ? -1 : from;
      if (!context.section) evidence.push({ prescriptive: reading.prescriptive, topicOnly: reading.topicOnly, from, to, themes: countThemes(found, before), findingCues, narrativeCues });
    }
    const kind = context.section ?? inferKind(table, evidence);
    const matches: ThemeMatch[] = [];
    for (const { pattern, span } of found) if (!pattern.kinds || pattern.kinds.has(kind)) matches.push(toMatch(pattern, span, table, toOriginal, text));
    const distinct = distinctSpans(matches.sort(byPosition));
    const themes = [...new Set(distinct.map((match) => match.theme))].sort();
    const sentences: Array<[number, number]> = [];
    for (const [from, to] of table.sentences) if (to > from) sentences.push(originalSpan(table, from, to, toOriginal));
    return { kind, themes, matches: distinct, sentences, tokens: table, factual, readings: readings ?? [] };
  }

  /** How the sentence [from, to) was read: its groups and the themes of found[before..]. */
  private sentenceReading(
    candidates: Int32Array,
    table: NumberedTable,
    factual: readonly number[],
    from: number,
    to: number,
    toOriginal: readonly number[] | null,
    reading: { topicOnly: boolean; prescriptive: boolean },
    { gateGroups, groupsWanted }: ReadOptions,
  ): SentenceReading {
    const sentence: SentenceReading = { from, to, span: originalSpan(table, from, to, toOriginal), topicOnly: reading.topicOnly, prescriptive: reading.prescriptive, groups: [], negatedGroups: [] };
    // Behind a gate, a heading or a sentence that cannot open it (no negated word, no un-word, no
    // group of the gate) keeps no groups: the model does not score it. Nor does it score one that
    // could reach no theme's threshold whatever its groups (groupsWanted).
    this.groups.start(table, from, to);
    for (let at = this.firstOfRole(candidates, 'group'); at < candidates.length; at += 1) {
      const entry = this.indexed[candidates[at] as number] as Indexed;
      if (entry.role !== 'group') break;
      this.groups.add(entry.name, entry.pattern);
    }
    if (gateGroups !== undefined && (reading.topicOnly || !(hasNegation(table, from, to) || this.groups.matchesOneOf(gateGroups)))) return sentence;
    if (groupsWanted && !groupsWanted(sentence, { tokens: table, factual }, this.groups.names, this.groups.lookFor)) return sentence;
    for (let at = 0; at < this.groups.names.length; at += 1) {
      const match = this.groups.lookFor(at);
      if (match !== 'absent') (match === 'negated' ? sentence.negatedGroups : sentence.groups).push(this.groups.names[at] as string);
    }
    return sentence;
  }

  private countCues(candidates: Int32Array, role: keyof Cues, table: NumberedTable, from: number, to: number): number {
    let count = 0;
    for (let at = this.firstOfRole(candidates, role); at < candidates.length; at += 1) {
      const entry = this.indexed[candidates[at] as number] as Indexed;
      if (entry.role !== role) break;
      if (entry.pattern.find(table, from, to)) count += 1;
    }
    return count;
  }

  /** Where the candidates of `role` begin in `candidates` (ascending): they run on from there to the first of another role. */
  private firstOfRole(candidates: Int32Array, role: Role): number {
    const first = this.roleStarts.get(role) ?? this.indexed.length;
    let [low, high] = [0, candidates.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((candidates[middle] as number) < first) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private matchSentence(candidates: Int32Array, table: NumberedTable, from: number, to: number, factual: number[], found: Found[], accept?: (span: Span) => boolean): void {
    for (let at = 0; at < candidates.length; at += 1) {
      const entry = this.indexed[candidates[at] as number] as Indexed;
      if (entry.role !== 'theme') break;
      const span = firstFactualSpan(entry.pattern.matcher, table, from, to, factual, accept);
      if (span && !entry.guards.some((guard) => this.vetoes(guard, table, from, to))) found.push({ pattern: entry.pattern, span });
    }
  }

  /**
   * The sentence [from, to) continues the one from `first` ("... drug use was known to every
   * agency. It was explored by none."): theme patterns that take one part from each sentence,
   * with the second's first clause read as the end of the first (continued-sentences.ts).
   */
  private matchAcross(table: NumberedTable, first: number, from: number, to: number, factual: number[], found: Found[]): void {
    withClausesJoined(table, first, from, to, () => this.matchSentence(this.index.candidates(table, first, to), table, first, to, factual, found, (span) => takesFromBoth(table, span, from)));
  }

  private vetoes(guard: number, table: NumberedTable, from: number, to: number): boolean {
    const entry = this.indexed[guard] as Indexed;
    return entry.role === 'guard' && this.index.wasCandidate(guard) && entry.pattern.find(table, from, to) !== null;
  }
}

/** The number of distinct themes of found[before..]. */
function countThemes(found: readonly Found[], before: number): number {
  let count = 0;
  for (let i = before; i < found.length; i += 1) {
    const theme = (found[i] as Found).pattern.theme;
    let j = before;
    while ((found[j] as Found).pattern.theme !== theme) j += 1;
    if (j === i) count += 1;
  }
  return count;
}

/** Whether a token of [from, to) is negated or un-prefixed ("not seen", "unseen"). */
function hasNegation(table: NumberedTable, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (table.negated[i] === 1 || table.unKeys[i] !== undefined) return true;
  return false;
}

/** The first span of the pattern whose every part lies in text that states a fact (and that `accept`s). */
function firstFactualSpan(matcher: CompiledPattern, table: NumberedTable, from: number, to: number, factual: number[], accept?: (span: Span) => boolean): Span | null {
  for (let at = from; at < to; ) {
    const span = matcher.find(table, at, to);
    if (!span) return null;
    if (span.parts.every(([start, end]) => isFactual(factual, start, end)) && (!accept || accept(span))) return span;
    at = span.start + 1;
  }
  return null;
}

function isFactual(factual: number[], start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) if (factual[i] === 0) return false;
  return true;
}

/** By start, then end, then theme id (code-unit order: `localeCompare` would cost more than all the matching). */
function byPosition(a: ThemeMatch, b: ThemeMatch): number {
  return a.start - b.start || a.end - b.end || (a.theme < b.theme ? -1 : a.theme > b.theme ? 1 : 0);
}

/**
 * One piece of evidence per theme and span: when several patterns find the same words, the first
 * found stands for all. `sorted` is in byPosition order, a stable sort of the order found, so the
 * matches of one theme and span stand together, the first found first.
 */
function distinctSpans(sorted: ThemeMatch[]): ThemeMatch[] {
  return sorted.filter((match, at) => {
    const before = sorted[at - 1];
    return !before || before.theme !== match.theme || before.start !== match.start || before.end !== match.end;
  });
}

function toMatch(pattern: ThemePattern, span: Span, table: TokenTable, toOriginal: readonly number[] | null, original: string): ThemeMatch {
  const [start, end] = originalSpan(table, span.start, span.end, toOriginal);
  return { theme: pattern.theme, start, end, text: original.slice(start, end), pattern: pattern.text, source: 'pattern', score: null };
}

/** Tokens [first, end) as [start, end) character offsets into the text given to `tag`. */
function originalSpan(table: TokenTable, first: number, end: number, toOriginal: readonly number[] | null): [number, number] {
  const from = table.start[first] as number;
  const to = table.end[end - 1] as number;
  return toOriginal ? [toOriginal[from] as number, (toOriginal[to - 1] as number) + 1] : [from, to];
}
