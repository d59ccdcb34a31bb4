import type { ThemeId } from '../../src/themes.js';
import type { ClauseWriter } from './clauses.js';
import type { NarrativeWriter } from './narrative.js';
import type { Random } from './random.js';
import type { QualityLevel } from './review-types.js';
import { capitalise } from './template.js';

/** A paragraph before it is numbered and placed (its kind comes from its section): words and labels. */
export interface ParagraphDraft {
  themes: ThemeId[];
  /** Themes whose vocabulary the paragraph uses only to deny the failure (hard negatives). */
  negated: ThemeId[];
  text: string;
}

/** A recommendation as the action plan lists it. */
export interface RecommendationEntry {
  owner: string;
  outcome: string;
  deadline?: string;
}

const ADDRESSEES = ['the {board}', '{agency}', 'the {board} and its partner agencies', 'health commissioners in {area}', "children's social care in {area}"];

/**
 * Writes labelled paragraphs of about 40 to 120 words from the clause and narrative writers.
 * `why` is the chance that a finding gives a system reason (issue 15: why, not only what).
 */
export class ParagraphWriter {
  constructor(
    private readonly clauses: ClauseWriter,
    private readonly narrative: NarrativeWriter,
    private readonly random: Random,
    private readonly why: number,
  ) {}

  /** A finding that states the failures of `themes`, with a reason and a consequence by chance. */
  finding(themes: ThemeId[], negate?: ThemeId): ParagraphDraft {
    const sentences: string[] = [];
    if (this.random.chance(0.5)) sentences.push(...this.narrative.sentences(this.narrative.analysis(), 1));
    for (const theme of new Set(themes)) {
      const list = this.random.chance(0.15) ? this.clauses.failureList(theme) : undefined;
      sentences.push(list ?? this.clauses.failure(theme));
      if (this.random.chance(0.35)) sentences.push(this.clauses.failure(theme));
    }
    if (this.random.chance(this.why)) sentences.push(...present(this.clauses.reason()));
    if (negate) sentences.push(this.clauses.negative(negate));
    if (this.random.chance(0.55)) sentences.push(...present(this.clauses.consequence()));
    this.pad(sentences);
    return { themes: [...new Set(themes)], negated: negate ? [negate] : [], text: sentences.join(' ') };
  }

  /** A hard negative: the theme's words, used to say that the good practice happened. */
  negative(theme: ThemeId): ParagraphDraft {
    const sentences = [...this.narrative.sentences(this.narrative.analysis(), 1), this.clauses.negative(theme)];
    if (this.random.chance(0.5)) sentences.reverse();
    this.pad(sentences);
    return { themes: [], negated: [theme], text: sentences.join(' ') };
  }

  /** Narrative sentences of about `words` words, opened by `lead` when given; a failure of `theme` inserted when given. */
  narrativeParagraph(makers: readonly (() => string)[], words = this.random.int(45, 100), theme?: ThemeId, lead?: () => string): ParagraphDraft {
    const sentences = this.narrative.sentences(makers, words, lead);
    if (theme) sentences.splice(this.random.int(1, sentences.length), 0, this.clauses.failure(theme));
    return { themes: theme ? [theme] : [], negated: [], text: sentences.join(' ') };
  }

  /**
   * A recommendation: with an owner, a practice outcome and a date when the review's
   * recommendations are actionable; a procedural one without either when they are not.
   * With `because` it opens by stating the failure and keeps the theme.
   */
  recommendation(theme: ThemeId | undefined, level: QualityLevel, deadline: string, because: boolean): { draft: ParagraphDraft; entry: RecommendationEntry } {
    const owner = this.clauses.fill(this.random.pick(ADDRESSEES));
    const outcome = theme ? this.clauses.outcome(theme) : this.random.pick(['learn from this review together', 'test how well the changes have worked']);
    const sentences: string[] = [];
    if (theme && because) sentences.push(this.clauses.failure(theme));
    if (level === 'not') {
      sentences.push(this.clauses.unique(() => `${this.random.pick(['The procedures on', 'Guidance about', 'The policy for'])} ${this.random.pick(['information sharing', 'home visits', 'supervision', 'assessment'])} ${this.random.pick(['should be reviewed', 'should be revised', 'ought to be updated'])} ${this.random.pick(['in {area}', 'by the {board}', 'in the light of the case of {child}'])}.`));
    } else {
      sentences.push(this.clauses.unique(() => `${owner} ${this.random.pick(['should ensure that', 'should make sure that', 'should satisfy itself that'])} practitioners ${outcome}${level === 'met' ? `, ${this.random.pick(['reporting progress', 'with evidence of the change'])} by ${deadline}` : ''}.`));
      if (this.random.chance(0.5)) {
        sentences.push(...present(this.clauses.optional(() => '[Success would mean|The measure of success is|Success will be judged by|Progress will show in] [an audit in {area} showing|evidence from case audit showing|a dip sample in {area} showing|feedback from families showing] that [this happens in practice|practice has changed for children like {child}|practice is different now|the change has held by {month}]')));
      }
    }
    const draft = { themes: theme && because ? [theme] : [], negated: [], text: sentences.join(' ') };
    return { draft, entry: { owner: capitalise(owner), outcome: capitalise(outcome), deadline: level === 'met' ? deadline : undefined } };
  }

  /** Adds theme-free analysis sentences until the paragraph reaches a length drawn between 45 and 100 words. */
  private pad(sentences: string[]): void {
    const target = this.random.int(45, 100);
    const words = (): number => sentences.join(' ').split(' ').length;
    for (let tries = 0; words() < target && tries < 3; tries++) sentences.push(...this.narrative.sentences(this.narrative.analysis(), 1));
  }
}

function present(sentence: string | undefined): string[] {
  return sentence === undefined ? [] : [sentence];
}
