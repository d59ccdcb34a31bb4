import type { Tagger } from '../lexicon/index.js';
import type { RecommendationAsk } from '../model/recommendation.js';
import type { PassageKind } from '../model/themes.js';
import type { Evidence } from '../model/review.js';
import { readAskParts } from '../recommendations/ask.js';

/** What tagging makes of one passage: its kind, its sentences and the evidence of each theme. */
export interface PassageTags {
  kind: PassageKind;
  sentences: Array<[number, number]>;
  evidence: Evidence[];
}

/**
 * Tags one text in the context of its section, with every layer the tagger has (patterns, and
 * the learned model unless it is off), as every passage is tagged; `lessons tag` tags bare text so.
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

/** A passage as segmentation leaves it: its text, and the kind its section implies. */
export interface UntaggedPassage {
  text: string;
  kind: PassageKind;
}

/** A passage tagged: the kind its section implied kept as `sectionKind`, and a recommendation's ask read. */
export type Tagged<P extends UntaggedPassage> = Omit<P, 'kind'> & PassageTags & { sectionKind: PassageKind; ask?: RecommendationAsk };

/**
 * Tags one passage in the context of its section: the one way ingest, the draft readers and retag
 * (which gives a stored passage's text and section kind) tag a passage. A passage the tagger
 * settles as a recommendation has its ask read here, so that the store keeps what was read.
 * tagPassage({ text: 'The Board should ensure children are seen.', kind: 'recommendation' }, tagger).ask?.parts.verb === 'ensure'
 */
export function tagPassage<P extends UntaggedPassage>(passage: P, tagger: Tagger): Tagged<P> {
  const tags = tagWithLayers(tagger, passage.text, passage.kind);
  const ask = tags.kind === 'recommendation' ? readAskParts(passage.text) : null;
  return { ...passage, sectionKind: passage.kind, ...tags, ...(ask ? { ask } : {}) };
}
