import { readFileSync } from 'node:fs';
import { CriteriaError } from '../../errors.js';
import { isPassageKind, isThemeId, type PassageKind, type ThemeId } from '../../model/themes.js';
import type { CueGroups } from './cues.js';

/**
 * The quality criteria file (`quality/criteria.json`, documented in quality/README.md): each
 * criterion's id, label, source, advice and how it is detected, as data a board can edit.
 * Detector kinds are code; their vocabularies, headings and thresholds are here.
 */

/** Passages that show one part of a criterion: cues in the text, or a heading, kind or theme. */
export interface Requirement {
  id: string;
  label: string;
  /** Every group must have a phrase in the passage. */
  cues?: CueGroups;
  /** A passage under a section heading containing one of these counts without cues. */
  headings?: string[];
  /** Passages of these kinds are read (all kinds when neither this nor `themes` is given). */
  kinds?: PassageKind[];
  /** Passages the lexicons tagged with one of these themes are read whatever their kind; their evidence is marked. */
  themes?: ThemeId[];
  /** The passage must contain a date. */
  dates?: boolean;
  /** Passages needed; 1 when absent. */
  min?: number;
}

/** "Section or passages with these cues": met when `met_when` requirements are found, partly from `partly_when`. */
export interface RequirementsDetector {
  kind: 'requirements';
  /** When given, only passages under these headings or with these cues are read, and finding any makes the criterion at least partly met. */
  scope?: { headings?: string[]; cues?: CueGroups };
  requirements: Requirement[];
  met_when: number;
  partly_when: number;
}

/** "Share of analytic passages with reason cues." Shares are of words, 0 to 1. */
export interface AnalysisDetector {
  kind: 'analysis_share';
  reason_cues: CueGroups;
  met: { analysis_share: number; reasoned_share: number };
  /** Partly met with this many analytic passages, or this many passages (of any kind but recommendation) giving reasons. */
  partly: { analysis_passages: number; reasoned_passages: number };
}

export const REVIEW_EVENTS = ['incident', 'commissioned', 'completed', 'published'] as const;
export type ReviewEvent = (typeof REVIEW_EVENTS)[number];

/** "Dates -> months": when the review was commissioned and completed, against a limit in months. */
export interface TimelineDetector {
  kind: 'timeline';
  events: Record<ReviewEvent, CueGroups>;
  /** A sentence with these cues and "N months" states the draft's own timescale. */
  timescale_cues: CueGroups;
  max_months: number;
}

/** "Per-recommendation scoring": addressee, outcome in practice, timescale. */
export interface RecommendationsDetector {
  kind: 'recommendations';
  /** Who a recommendation can be addressed to: words of its subject. */
  addressees: string[];
  outcome_cues: CueGroups;
  /** Asks that change a document rather than practice: named when there is no outcome. */
  procedure_cues: CueGroups;
  timescale_cues: CueGroups;
  /** Share of complete recommendations (all three parts) for "met"; any complete one makes "partly". */
  met_share: number;
}

export type Detector = RequirementsDetector | AnalysisDetector | TimelineDetector | RecommendationsDetector;

export interface QualityCriterion {
  id: string;
  label: string;
  /** The published evaluation or guidance the criterion paraphrases, in words. */
  source: string;
  /** One sentence for a draft that does not meet the criterion. */
  advice: string;
  detect: Detector;
}

/** Reads and validates a criteria file; throws CriteriaError naming the file, the criterion and the field. */
export function loadQualityCriteria(file: string): QualityCriterion[] {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (err) {
    throw new CriteriaError(`cannot read the quality criteria file ${file}: ${(err as Error).message}`);
  }
  return parseQualityCriteria(file, source);
}

/** Pure: parses and validates the text of a criteria file. */
export function parseQualityCriteria(file: string, source: string): QualityCriterion[] {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (err) {
    throw new CriteriaError(`${file} is not valid JSON (${(err as Error).message}). Check for a missing comma or quote.`);
  }
  const top = new Fields(file, '', json);
  const criteria = top.list('criteria').map((fields, index) => {
    const id = fields.string('id');
    return readCriterion(fields.within(`criterion "${id || index + 1}"`));
  });
  const seen = new Set<string>();
  for (const criterion of criteria) {
    if (seen.has(criterion.id)) throw new CriteriaError(`${file}: criterion "${criterion.id}" is defined twice; give each criterion its own id.`);
    seen.add(criterion.id);
  }
  return criteria;
}

function readCriterion(fields: Fields): QualityCriterion {
  const id = fields.string('id');
  if (!/^[a-z][a-z0-9_]*$/.test(id)) fields.fail('id', 'lower-case letters, digits and underscores', JSON.stringify(id));
  return { id, label: fields.string('label'), source: fields.string('source'), advice: fields.string('advice'), detect: readDetector(fields.object('detect')) };
}

function readDetector(fields: Fields): Detector {
  const kind = fields.string('kind');
  switch (kind) {
    case 'requirements': {
      const requirements = fields.list('requirements').map(readRequirement);
      const scope = fields.optionalObject('scope');
      return {
        kind,
        requirements,
        met_when: fields.optionalNumber('met_when', 1, requirements.length) ?? requirements.length,
        partly_when: fields.optionalNumber('partly_when', 0, requirements.length) ?? 1,
        ...(scope ? { scope: dropUndefined({ headings: scope.optionalStrings('headings'), cues: scope.optionalGroups('cues') }) } : {}),
      };
    }
    case 'analysis_share':
      return {
        kind,
        reason_cues: fields.groups('reason_cues'),
        met: { analysis_share: fields.object('met').number('analysis_share', 0, 1), reasoned_share: fields.object('met').number('reasoned_share', 0, 1) },
        partly: { analysis_passages: fields.object('partly').number('analysis_passages', 1, 100), reasoned_passages: fields.object('partly').number('reasoned_passages', 1, 100) },
      };
    case 'timeline': {
      const events = fields.object('events');
      return {
        kind,
        events: Object.fromEntries(REVIEW_EVENTS.map((event) => [event, events.groups(event)])) as Record<ReviewEvent, CueGroups>,
        timescale_cues: fields.groups('timescale_cues'),
        max_months: fields.number('max_months', 1, 60),
      };
    }
    case 'recommendations':
      return {
        kind,
        addressees: fields.strings('addressees'),
        outcome_cues: fields.groups('outcome_cues'),
        procedure_cues: fields.groups('procedure_cues'),
        timescale_cues: fields.groups('timescale_cues'),
        met_share: fields.number('met_share', 0, 1),
      };
    default:
      return fields.fail('kind', 'one of requirements, analysis_share, timeline, recommendations', JSON.stringify(kind));
  }
}

function readRequirement(fields: Fields): Requirement {
  const kinds = fields.optionalStrings('kinds');
  const themes = fields.optionalStrings('themes');
  kinds?.forEach((kind) => isPassageKind(kind) || fields.fail('kinds', 'passage kinds (finding, recommendation, narrative)', JSON.stringify(kind)));
  themes?.forEach((theme) => isThemeId(theme) || fields.fail('themes', 'theme ids of ../shared/themes.md', JSON.stringify(theme)));
  const requirement = dropUndefined({
    id: fields.string('id'),
    label: fields.string('label'),
    cues: fields.optionalGroups('cues'),
    headings: fields.optionalStrings('headings'),
    kinds: kinds as PassageKind[] | undefined,
    themes: themes as ThemeId[] | undefined,
    dates: fields.optionalBoolean('dates'),
    min: fields.optionalNumber('min', 1, 100),
  });
  if (!requirement.cues && !requirement.headings && !requirement.themes && !requirement.dates) fields.fail('cues', 'cues, headings, themes or dates: something to look for', 'none of them');
  return requirement;
}

function dropUndefined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}

/** Typed reads of one JSON object, whose errors name the file, the criterion and the field's path. */
class Fields {
  private readonly value: Record<string, unknown>;

  constructor(
    private readonly file: string,
    private readonly path: string,
    value: unknown,
    private readonly criterion = '',
  ) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail('', 'an object', describe(value));
    this.value = value as Record<string, unknown>;
  }

  within(criterion: string): Fields {
    return new Fields(this.file, '', this.value, criterion);
  }

  fail(name: string, expected: string, found: string): never {
    const field = [this.path, name].filter(Boolean).join('.');
    const where = [this.file, this.criterion].filter(Boolean).join(': ');
    throw new CriteriaError(`${where}: ${field ? `field "${field}"` : 'the file'} must be ${expected}, found ${found}.`);
  }

  string(name: string): string {
    const value = this.value[name];
    if (typeof value !== 'string' || value.trim() === '') this.fail(name, 'a non-empty string', describe(value));
    return value;
  }

  number(name: string, min: number, max: number): number {
    return this.optionalNumber(name, min, max) ?? this.fail(name, `a number from ${min} to ${max}`, 'nothing');
  }

  optionalNumber(name: string, min: number, max: number): number | undefined {
    const value = this.value[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || value < min || value > max) this.fail(name, `a number from ${min} to ${max}`, describe(value));
    return value;
  }

  optionalBoolean(name: string): boolean | undefined {
    const value = this.value[name];
    if (value !== undefined && typeof value !== 'boolean') this.fail(name, 'true or false', describe(value));
    return value as boolean | undefined;
  }

  strings(name: string): string[] {
    return this.optionalStrings(name) ?? this.fail(name, 'a list of phrases', 'nothing');
  }

  optionalStrings(name: string): string[] | undefined {
    const value = this.value[name];
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || value.length === 0 || value.some((item) => typeof item !== 'string' || item.trim() === '')) this.fail(name, 'a non-empty list of phrases', describe(value));
    return value as string[];
  }

  groups(name: string): CueGroups {
    return this.optionalGroups(name) ?? this.fail(name, 'a list of cue groups (lists of phrases)', 'nothing');
  }

  optionalGroups(name: string): CueGroups | undefined {
    const value = this.value[name];
    if (value === undefined) return undefined;
    const isGroup = (group: unknown) => Array.isArray(group) && group.length > 0 && group.every((item) => typeof item === 'string' && item.trim() !== '');
    if (!Array.isArray(value) || value.length === 0 || !value.every(isGroup)) this.fail(name, 'a list of cue groups, each a non-empty list of phrases ([["family", "mother"], ["invited"]])', describe(value));
    for (const phrase of (value as string[][]).flat()) {
      const words = phrase.trim().split(/\s+/);
      if (words.every((word) => word === '*')) this.fail(name, 'phrases with at least one word besides "*"', JSON.stringify(phrase));
      const placeholder = words.find((word) => /[{}]/.test(word) && word !== '{child}');
      if (placeholder) this.fail(name, 'phrases whose only placeholder is {child}', JSON.stringify(phrase));
    }
    return value as string[][];
  }

  object(name: string): Fields {
    return this.optionalObject(name) ?? this.fail(name, 'an object', 'nothing');
  }

  optionalObject(name: string): Fields | undefined {
    const value = this.value[name];
    return value === undefined ? undefined : new Fields(this.file, [this.path, name].filter(Boolean).join('.'), value, this.criterion);
  }

  list(name: string): Fields[] {
    const value = this.value[name];
    if (!Array.isArray(value) || value.length === 0) this.fail(name, 'a non-empty list', describe(value));
    return value.map((item, index) => new Fields(this.file, `${[this.path, name].filter(Boolean).join('.')}[${index}]`, item, this.criterion));
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return `a list (${JSON.stringify(value).slice(0, 60)})`;
  return `${typeof value} ${JSON.stringify(value).slice(0, 60)}`;
}
