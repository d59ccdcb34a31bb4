import type { Decision } from '../model/codes.js';
import type { ThemeId } from '../model/themes.js';
import { citationText, passagePath } from '../search/citation.js';
import type { Tagger } from '../lexicon/index.js';
import type { CodeStore } from '../store/code-store.js';
import type { CorpusPassageRow } from '../store/passage-rows.js';
import type { SuggestionQueries } from '../store/suggestion-queries.js';
import { logLikelihood } from './log-likelihood.js';
import { passagePhrases, phrasesIn } from './phrases.js';

/** A phrase a researcher might add to a theme's lexicon, with the counts behind it. */
export interface PhraseSuggestion {
  phrase: string;
  /** Passages confirmed or added for the theme that hold it. */
  passages_with_theme: number;
  /** Of those, passages a human added (the machine had missed them). */
  passages_added: number;
  /** Passages of the rest of the corpus that hold it. */
  passages_elsewhere: number;
  log_likelihood: number;
  /** True when the theme's patterns already tag the phrase on its own. */
  matched_by_pattern: boolean;
  /** The passage's link on its review page (`/reviews/3#p-4.12`). */
  examples: Array<{ passage_id: number; citation: string; url: string; text: string }>;
}

export interface PhraseSuggestions {
  theme: ThemeId;
  confirmed: number;
  added: number;
  /** Passages of the corpus outside the theme's coded passages, the comparison set. */
  elsewhere: number;
  suggestions: PhraseSuggestion[];
}

export interface SuggestionDeps {
  /** The human codes in force for the theme. */
  codes: ReadonlyArray<{ passage_id: number | null; decision: Decision }>;
  passages(ids: readonly number[]): CorpusPassageRow[];
  texts(): Iterable<{ id: number; text: string }>;
  passageCount(): number;
  /** Whether the theme's lexicon patterns tag a text. */
  patternTags(text: string): boolean;
}

const EXAMPLES = 3;

/**
 * Phrases for a theme's lexicon, from the passages researchers confirmed or added for it: the noun
 * and verb phrases of those passages (compromise), ranked by Dunning's log-likelihood of how many
 * of them hold each phrase against how many of the rest of the corpus do. Phrases from passages a
 * human added that no pattern of the theme matches come first: they are what the lexicon misses.
 * Nothing is written anywhere: a researcher reads these and edits the lexicon file.
 * suggestPhrases('child_not_seen', deps, 20).suggestions[0].phrase
 */
export function suggestPhrases(theme: ThemeId, deps: SuggestionDeps, limit: number): PhraseSuggestions {
  const decisions = new Map<number, Decision>();
  for (const code of deps.codes) {
    if (code.passage_id === null || code.decision === 'reject') continue;
    // A passage one coder added counts as added, whatever another confirmed.
    if (decisions.get(code.passage_id) !== 'add') decisions.set(code.passage_id, code.decision);
  }
  const coded = deps.passages([...decisions.keys()]);
  // Candidates are the chunks of the coded passages; both sides are then counted the same way, on
  // words, so that a chunk compromise read differently in another passage still counts there.
  const candidates = new Set(coded.flatMap((passage) => passagePhrases(passage.text)));
  const longest = Math.max(0, ...[...candidates].map((phrase) => phrase.split(' ').length));
  const holding = new Map<string, CorpusPassageRow[]>();
  for (const passage of coded) for (const phrase of phrasesIn(passage.text, candidates, longest)) holding.set(phrase, [...(holding.get(phrase) ?? []), passage]);
  const elsewhere = new Map<string, number>();
  // Without coded passages there is no phrase to count: the corpus (seconds of reading) is not read.
  let rest = candidates.size === 0 ? deps.passageCount() - coded.length : 0;
  for (const passage of candidates.size === 0 ? [] : deps.texts()) {
    if (decisions.has(passage.id)) continue;
    rest++;
    for (const phrase of phrasesIn(passage.text, candidates, longest)) elsewhere.set(phrase, (elsewhere.get(phrase) ?? 0) + 1);
  }
  const isAdded = (passage: CorpusPassageRow) => decisions.get(passage.id) === 'add';
  const suggestions = [...holding.entries()]
    .map(([phrase, passages]): PhraseSuggestion => {
      const examples = [...passages.filter(isAdded), ...passages.filter((passage) => !isAdded(passage))].slice(0, EXAMPLES);
      return {
        phrase,
        passages_with_theme: passages.length,
        passages_added: passages.filter(isAdded).length,
        passages_elsewhere: elsewhere.get(phrase) ?? 0,
        log_likelihood: round(logLikelihood(passages.length, coded.length, elsewhere.get(phrase) ?? 0, rest)),
        matched_by_pattern: deps.patternTags(phrase),
        examples: examples.map((passage) => {
          const cited = { ...passage, review: { id: passage.review_id, title: passage.title, board: passage.board, year: passage.year } };
          return { passage_id: passage.id, citation: citationText(cited), url: passagePath(cited), text: passage.text };
        }),
      };
    })
    .filter((suggestion) => suggestion.log_likelihood > 0);
  const missed = (suggestion: PhraseSuggestion) => suggestion.passages_added > 0 && !suggestion.matched_by_pattern;
  suggestions.sort((a, b) => Number(missed(b)) - Number(missed(a)) || b.log_likelihood - a.log_likelihood || b.passages_with_theme - a.passages_with_theme || a.phrase.localeCompare(b.phrase));
  const added = [...decisions.values()].filter((decision) => decision === 'add').length;
  return { theme, confirmed: decisions.size - added, added, elsewhere: rest, suggestions: suggestions.slice(0, limit) };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** suggestPhrases over the store: the theme's human codes in force, and the theme's patterns from the tagger. */
export function suggestFromStore(theme: ThemeId, store: { codes: CodeStore; queries: SuggestionQueries }, tagger: Pick<Tagger, 'tag'>, limit: number): PhraseSuggestions {
  return suggestPhrases(theme, { codes: store.codes.current({ theme }), ...store.queries, patternTags: (text) => tagger.tag(text).themes.includes(theme) }, limit);
}
