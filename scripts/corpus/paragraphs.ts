import type { ThemeId } from '../../src/themes.js';
import { BECAUSE_RECOMMENDATIONS, GENERAL_RECOMMENDATIONS, NEGATIVES, RECOMMENDATIONS } from './contrast-phrases.js';
import { FAILURES } from './failure-phrases.js';
import { ANALYSIS_NEUTRAL, FINDING_CONSEQUENCES, FINDING_CONTEXT, RECOMMENDATION_SUPPORT } from './narrative-phrases.js';
import type { Random } from './random.js';
import type { Filler } from './template.js';
import type { AgeGroup } from './vocabulary.js';

/** A paragraph before it is numbered and placed (its kind comes from its section): words and labels. */
export interface ParagraphDraft {
  themes: ThemeId[];
  /** Themes whose vocabulary the paragraph uses only to deny the failure (hard negatives). */
  negated: ThemeId[];
  text: string;
}

/** The failure sentences a theme can contribute for a child of this age. */
export function failureSentences(theme: ThemeId, ageGroup: AgeGroup): readonly string[] {
  const phrases = FAILURES[theme];
  return [...phrases.any, ...((ageGroup === 'infant' ? phrases.infant : phrases.older) ?? [])];
}

/**
 * Writes labelled paragraphs of 2 to 8 sentences (about 40 to 160 words) from the phrase banks. Sentences are drawn
 * without repetition until a bank runs out, so short reports never repeat themselves.
 */
export class ParagraphWriter {
  private readonly decks = new Map<readonly string[], string[]>();
  private readonly failures = new Map<ThemeId, readonly string[]>();

  constructor(
    private readonly filler: Filler,
    private readonly random: Random,
    private readonly ageGroup: AgeGroup,
  ) {}

  /** A finding that states the failures of `themes`, opened by a sentence from `leads`. */
  finding(themes: ThemeId[], leads: readonly string[], negate?: ThemeId): ParagraphDraft {
    const sentences = [this.draw(leads)];
    for (const theme of new Set(themes)) {
      sentences.push(this.draw(this.failuresOf(theme), sentences));
      if (this.random.chance(0.3)) sentences.push(this.draw(this.failuresOf(theme), sentences));
    }
    if (negate) sentences.push(this.draw(NEGATIVES[negate]));
    if (this.random.chance(0.7)) sentences.push(this.draw(FINDING_CONSEQUENCES));
    this.pad(sentences, ANALYSIS_NEUTRAL);
    return this.paragraph(sentences, themes, negate ? [negate] : []);
  }

  /** A hard negative: the theme's words, used to say that the failure did not happen. */
  negative(theme: ThemeId): ParagraphDraft {
    const context = this.draw(FINDING_CONTEXT);
    const sentences = [context, this.draw(NEGATIVES[theme]), this.draw(FINDING_CONTEXT, [context])];
    if (this.random.chance(0.5)) sentences.reverse();
    this.pad(sentences, ANALYSIS_NEUTRAL);
    return this.paragraph(sentences, [], [theme]);
  }

  /** Sentences from the narrative banks: no theme unless `failure` adds a fact that shows one. */
  narrative(banks: readonly (readonly string[])[], failure?: { theme: ThemeId; sentences: readonly string[] }): ParagraphDraft {
    const count = this.random.int(3, 5);
    const sentences: string[] = [];
    for (let i = 0; i < count; i++) sentences.push(this.draw(this.random.pick(banks), sentences));
    this.pad(sentences, banks[0] ?? []);
    if (failure) sentences.splice(this.random.int(1, sentences.length), 0, this.draw(failure.sentences));
    return this.paragraph(sentences, failure ? [failure.theme] : [], []);
  }

  /** A prescriptive recommendation; with `because`, it opens by stating the failure and keeps the theme. */
  recommendation(theme: ThemeId | undefined, because: boolean): ParagraphDraft {
    const becauseBank = theme ? BECAUSE_RECOMMENDATIONS[theme] : undefined;
    const sentences: string[] = [];
    if (theme && because && becauseBank) sentences.push(this.draw(becauseBank));
    else sentences.push(this.draw(theme ? RECOMMENDATIONS[theme] : GENERAL_RECOMMENDATIONS));
    sentences.push(this.draw(RECOMMENDATION_SUPPORT));
    if (this.random.chance(0.5)) sentences.push(this.draw(GENERAL_RECOMMENDATIONS, sentences));
    this.pad(sentences, RECOMMENDATION_SUPPORT);
    const themes = theme && because && becauseBank ? [theme] : [];
    return this.paragraph(sentences, themes, []);
  }

  /** Adds sentences from `bank` until the paragraph reaches a length drawn between 45 and 100 words. */
  private pad(sentences: string[], bank: readonly string[]): void {
    const target = this.random.int(45, 100);
    const words = (): number => sentences.join(' ').split(' ').length;
    for (let tries = 0; bank.length > 0 && words() < target && tries < 4; tries++) sentences.push(this.draw(bank, sentences));
  }

  /** One array per theme: decks are keyed by the bank they deal from. */
  private failuresOf(theme: ThemeId): readonly string[] {
    let bank = this.failures.get(theme);
    if (!bank) {
      bank = failureSentences(theme, this.ageGroup);
      this.failures.set(theme, bank);
    }
    return bank;
  }

  private paragraph(sentences: string[], themes: ThemeId[], negated: ThemeId[]): ParagraphDraft {
    return { themes: [...new Set(themes)], negated, text: sentences.map((s) => this.filler.fill(s)).join(' ') };
  }

  /** The next sentence of a shuffled deck of `bank`, skipping any already in `avoid` (the paragraph so far). */
  private draw(bank: readonly string[], avoid: readonly string[] = []): string {
    let deck = this.decks.get(bank) ?? [];
    let index = deck.findLastIndex((sentence) => !avoid.includes(sentence));
    if (index < 0) {
      deck = [...this.random.shuffle(bank), ...deck];
      index = deck.findLastIndex((sentence) => !avoid.includes(sentence));
    }
    this.decks.set(bank, deck);
    if (index < 0) return this.random.pick(bank);
    return deck.splice(index, 1)[0] as string;
  }
}
