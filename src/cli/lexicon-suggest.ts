import path from 'node:path';
import type { Config } from '../config.js';
import type { Tagger } from '../lexicon/index.js';
import type { ThemeId } from '../model/themes.js';
import { suggestFromStore, type PhraseSuggestions } from '../suggestions/suggest-phrases.js';
import { writeLine, type CliIO } from './command.js';
import { openExistingStore } from './open-store.js';

/** `lessons lexicon suggest <theme>`: phrases from the database's human codes for the theme. */
export function suggestForTheme(config: Config, tagger: Tagger, theme: ThemeId, limit: number): PhraseSuggestions {
  const store = openExistingStore(config);
  try {
    return suggestFromStore(theme, { codes: store.codes, queries: store.suggestions }, tagger, limit);
  } finally {
    store.close();
  }
}

export function printSuggestions(result: PhraseSuggestions, lexicons: string, io: CliIO): void {
  const file = path.join(lexicons, `${result.theme}.lex`);
  if (result.confirmed + result.added === 0) {
    writeLine(io.stdout, `No passage is confirmed or added for ${result.theme} yet: code some (lessons code, or the coding queue), then ask again.`);
    return;
  }
  writeLine(io.stdout, `Phrases for ${result.theme}, from ${result.confirmed} passage${result.confirmed === 1 ? '' : 's'} confirmed and ${result.added} added by coders, against ${result.elsewhere} other passages (Dunning log-likelihood).`);
  writeLine(io.stdout, `Phrases from added passages that no pattern matches come first. Nothing is written: add what fits to ${file} yourself.`);
  for (const [index, suggestion] of result.suggestions.entries()) {
    const missed = suggestion.matched_by_pattern ? '' : '  no pattern matches it';
    writeLine(io.stdout, `\n${String(index + 1).padStart(2)}. "${suggestion.phrase}"  LL ${suggestion.log_likelihood.toFixed(1)}: in ${suggestion.passages_with_theme} coded (${suggestion.passages_added} added), ${suggestion.passages_elsewhere} elsewhere${missed}`);
    for (const example of suggestion.examples) writeLine(io.stdout, `      ${example.citation}: ${example.text.length > 160 ? `${example.text.slice(0, 157)}...` : example.text}`);
  }
}
