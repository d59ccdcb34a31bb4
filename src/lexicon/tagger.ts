import { createHash } from 'node:crypto';
import { LexiconError } from '../errors.js';
import { readTokens, type TokenTable } from '../nlp/tokens.js';
import { unwrapLines } from '../nlp/unwrap.js';
import { isThemeId, type PassageKind, type ThemeId } from '../themes.js';
import type { LexiconFile, SourceLine } from './lexicon-file.js';
import { inferKind, type SentenceEvidence } from './passage-kind.js';
import { compilePattern, type CompiledPattern, type Span } from './pattern-matcher.js';
import { parsePattern, PatternSyntaxError, type PatternNode } from './pattern-syntax.js';
import { FINDING_CUES, NARRATIVE_CUES, TOPIC_CUES } from './statement-cues.js';
import { readSentence } from './statements.js';
import { PatternIndex, sentenceKeys, type SentenceKeys } from './pattern-index.js';
import type { LexiconInfo, Tagger, TagResult, ThemeMatch } from './types.js';
import { winkWordReader } from './word-reader.js';

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
  const compile = (file: string, entry: SourceLine, theme: string) => compileEntry(file, entry, theme, groups, true);
  const guard = (file: string, entry: SourceLine, theme: string) => compileEntry(file, entry, theme, groups, false);
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
    if (!isThemeId(id)) throw new LexiconError(`${where}: unknown theme "${id}"; expected one of the ids of themes.md (see src/themes.ts)`);
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
  const builtIn = (texts: readonly string[]) => texts.map((text) => compileEntry('(built-in cues)', { text, line: 0 }, 'cue', groups, true));
  return new IndexedTagger(patterns, lexicons, versionOf(sources), { topic: builtIn(TOPIC_CUES), finding: builtIn(FINDING_CUES), narrative: builtIn(NARRATIVE_CUES) });
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
        if (tree.near) throw new PatternSyntaxError(group.text.indexOf('&') + 1, 'a group without "&"', '"&"');
        groups.set(group.name, tree.root);
        where.set(group.name, location);
      } catch (err) {
        throw asLexiconError(err, location, group.text);
      }
    }
  }
  return groups;
}

function compileEntry(file: string, entry: SourceLine, theme: string, groups: ReadonlyMap<string, PatternNode>, affirmFirstWord: boolean): CompiledPattern {
  try {
    return compilePattern(parsePattern(entry.text), { reader: winkWordReader, groups, affirmFirstWord });
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

type Role = 'theme' | keyof Cues;

class IndexedTagger implements Tagger {
  /** One index over theme patterns and cues alike, so each sentence is looked up once. */
  private readonly index: PatternIndex;
  private readonly roles: Role[];

  constructor(
    private readonly patterns: readonly ThemePattern[],
    readonly lexicons: readonly LexiconInfo[],
    readonly version: string,
    cues: Cues,
  ) {
    const all: Array<[Role, CompiledPattern]> = [
      ...patterns.map((pattern): [Role, CompiledPattern] => ['theme', pattern.matcher]),
      ...(['topic', 'finding', 'narrative'] as const).flatMap((role) => cues[role].map((cue): [Role, CompiledPattern] => [role, cue])),
    ];
    this.index = new PatternIndex(all.map(([, pattern]) => pattern));
    this.roles = all.map(([role]) => role);
  }

  tag(text: string, context: { section?: PassageKind } = {}): TagResult {
    const { text: plain, toOriginal } = unwrapLines(text);
    const table = readTokens(plain);
    const factual = new Uint8Array(table.count).fill(1);
    const found: Found[] = [];
    const sentences: SentenceEvidence[] = [];
    for (const [from, to] of table.sentences) {
      const byRole = this.candidatesByRole(sentenceKeys(table, from, to));
      const matching = (role: Exclude<Role, 'theme'>) => byRole[role].filter((pattern) => pattern.find(table, from, to)).length;
      const reading = readSentence(table, from, to, factual, matching('topic') > 0);
      const before = found.length;
      if (!reading.topicOnly) this.matchSentence(byRole.theme, table, from, to, factual, found);
      const themes = new Set(found.slice(before).map((item) => item.pattern.theme)).size;
      // Judgement and chronology cues only serve to infer the kind, so they are skipped when the section gives it.
      const cues = context.section ? { findingCues: 0, narrativeCues: 0 } : { findingCues: matching('finding'), narrativeCues: matching('narrative') };
      sentences.push({ ...reading, from, to, themes, ...cues });
    }
    const kind = context.section ?? inferKind(table, sentences);
    const matches = distinctSpans(
      found.filter(({ pattern }) => !pattern.kinds || pattern.kinds.has(kind)).map(({ pattern, span }) => toMatch(pattern, span, table, toOriginal, text)),
    ).sort((a, b) => a.start - b.start || a.end - b.end || a.theme.localeCompare(b.theme));
    const themes = [...new Set(matches.map((match) => match.theme))].sort();
    return { kind, themes, matches };
  }

  private candidatesByRole(keys: SentenceKeys): { theme: ThemePattern[] } & Cues {
    const byRole: { theme: ThemePattern[] } & Cues = { theme: [], topic: [], finding: [], narrative: [] };
    for (const index of this.index.candidates(keys)) {
      const role = this.roles[index] as Role;
      if (role === 'theme') byRole.theme.push(this.patterns[index] as ThemePattern);
      else byRole[role].push(this.index.patterns[index] as CompiledPattern);
    }
    return byRole;
  }

  private matchSentence(candidates: readonly ThemePattern[], table: TokenTable, from: number, to: number, factual: Uint8Array, found: Found[]): void {
    for (const pattern of candidates) {
      const span = firstFactualSpan(pattern.matcher, table, from, to, factual);
      if (span && !pattern.unless.some((guard) => guard.find(table, from, to))) found.push({ pattern, span });
    }
  }
}

/** The first span of the pattern whose every part lies in text that states a fact. */
function firstFactualSpan(matcher: CompiledPattern, table: TokenTable, from: number, to: number, factual: Uint8Array): Span | null {
  for (let at = from; at < to; ) {
    const span = matcher.find(table, at, to);
    if (!span) return null;
    if (span.parts.every(([start, end]) => isFactual(factual, start, end))) return span;
    at = span.start + 1;
  }
  return null;
}

function isFactual(factual: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) if (factual[i] === 0) return false;
  return true;
}

/** One piece of evidence per theme and span: when several patterns find the same words, the first found stands for all. */
function distinctSpans(matches: ThemeMatch[]): ThemeMatch[] {
  const seen = new Set<string>();
  return matches.filter((match) => {
    const key = `${match.theme}:${match.start}:${match.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toMatch(pattern: ThemePattern, span: Span, table: TokenTable, toOriginal: Int32Array | null, original: string): ThemeMatch {
  const from = table.start[span.start] as number;
  const to = table.end[span.end - 1] as number;
  const start = toOriginal ? (toOriginal[from] as number) : from;
  const end = toOriginal ? (toOriginal[to - 1] as number) + 1 : to;
  return { theme: pattern.theme, start, end, text: original.slice(start, end), pattern: pattern.text };
}
