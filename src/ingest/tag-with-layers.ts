import type { Tagger } from '../lexicon/index.js';
import type { PassageKind } from '../model/themes.js';
import type { Evidence } from '../model/review.js';

/** What tagging makes of one passage: its kind, its sentences and the evidence of each theme. */
export interface PassageTags {
  kind: PassageKind;
  sentences: Array<[number, number]>;
  evidence: Evidence[];
}

/**
 * Tags one passage in the context of its section, with every layer the tagger has (patterns, and
 * the learned model unless it is off): the one way ingest, retag, `lessons tag` and the draft
 * check tag a passage.
 * tagWithLayers(tagger, 'The child was not seen.', 'finding').evidence[0].theme === 'child_not_seen'
 */
export function tagWithLayers(tagger: Tagger, text: string, section?: PassageKind): PassageTags {
  const result = tagger.tag(text, section ? { section } : {});
  return {
    kind: result.kind,
    sentences: result.sentences,
    evidence: result.matches.map(({ theme, start, end, pattern, source, score }) => ({ theme, start, end, pattern, source, score })),
  };
}
