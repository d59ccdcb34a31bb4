import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseLexiconFile } from '../../src/lexicon/lexicon-file.js';
import type { LexiconSource } from '../../src/lexicon/types.js';

const lexicons = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../lexicons');
const read = (name: string): LexiconSource => {
  const file = path.join(lexicons, name);
  return { file, source: readFileSync(file, 'utf8') };
};

/**
 * A test's own lexicon set, with the groups every set needs: the project's settled-clause groups
 * (lexicons/settled.lex) and the shared groups of groups.lex they use, where the set does not
 * define those itself. So the test's sentences are read as the project reads them.
 */
export function withSettledGroups(sources: readonly LexiconSource[]): LexiconSource[] {
  const settled = read('settled.lex');
  const namesIn = ({ file, source }: LexiconSource) => parseLexiconFile(file, source).groups.map((group) => group.name);
  const defined = new Set([...sources.flatMap(namesIn), ...namesIn(settled)]);
  const used = new Set([...settled.source.matchAll(/@([a-z][a-z0-9_]*)/g)].map((found) => found[1] as string));
  const shared = read('groups.lex');
  const lines = parseLexiconFile(shared.file, shared.source)
    .groups.filter((group) => used.has(group.name) && !defined.has(group.name))
    .map((group) => `group: @${group.name} = ${group.text}\n`);
  return [...sources, settled, { file: shared.file, source: lines.join('') }];
}
