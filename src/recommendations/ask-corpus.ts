import type { AskQueries, StoredAskRow } from '../store/recommendation-queries.js';
import { fromParts, type Ask } from './ask.js';
import { groupAsks } from './ask-groups.js';
import { askWeights, scoreAsks, type AskWeights } from './ask-similarity.js';

/** A stored recommendation, its ask, and the group it was placed in. */
export interface GroupedAsk {
  row: StoredAskRow;
  ask: Ask;
  themes: string[];
  group: number;
}

/** Recommendations of several reviews that make one ask, earliest first. */
export interface AskGroup {
  /** The passage id of its earliest member: stable while that recommendation stays in the corpus. */
  id: number;
  members: GroupedAsk[];
  /** The member whose ask is most like the others': the group's typical wording. */
  typical: GroupedAsk;
  /** Its distinct wordings (sets of words): what a draft's links to it are shared over. */
  wordings: number;
}

/** The corpus's recommendations grouped by ask, with the word weights they were compared with. */
export interface AskCorpus {
  asks: readonly GroupedAsk[];
  groups: ReadonlyMap<number, AskGroup>;
  /** The group of each recommendation passage, by passage id. */
  groupOfPassage: ReadonlyMap<number, AskGroup>;
  weights: AskWeights;
  /** Distinct asks by concept: the candidates a new ask is compared with. */
  byConcept: ReadonlyMap<string, readonly AskWording[]>;
}

/** One set of words and the recommendations asking in exactly those words (other boards, other years): scored once. */
export interface AskWording {
  ask: Ask;
  members: GroupedAsk[];
  group: AskGroup;
}

/** Members read when choosing a typical wording: enough to find the centre of a big group cheaply. */
const TYPICAL_SAMPLE = 40;

const cache = new Map<string, { version: string; corpus: AskCorpus }>();

/**
 * The corpus's recommendations grouped by ask. Grouping compares each ask with those sharing a
 * concept, so it is done once per corpus version (a review added, replaced or retagged) and kept.
 * const corpus = askCorpus(askQueries(db), db.name); corpus.groupOfPassage.get(812)?.members.length
 */
export function askCorpus(queries: AskQueries, key: string): AskCorpus {
  const version = queries.version();
  const known = cache.get(key);
  if (known && known.version === version) return known.corpus;
  const corpus = buildAskCorpus(queries.all());
  cache.set(key, { version, corpus });
  return corpus;
}

/** A database's grouped asks, kept built off the request path (see keepAskCorpus). */
export interface KeptAskCorpus {
  /** The corpus as last built: never built on the caller's time. */
  current(): AskCorpus;
}

/** How often a kept corpus looks at the database's version, and how long a change must rest before it is regrouped. */
const QUIET_MS = 5000;

/**
 * Builds the corpus's groups now (a server calls this before it listens) and keeps them current:
 * every `quietMs` the corpus version is read, and the groups are rebuilt once it has changed and
 * then stayed the same for one more look (an ingest or retag under way changes it with every review;
 * grouping after each would be wasted). Requests read the last groups built, so none waits for a
 * regrouping; a check, which compares a draft with the corpus as it is, still calls askCorpus. The
 * looks stop when the database is closed, and never keep a process alive.
 * const kept = keepAskCorpus(store.asks, store.name); kept.current().groups.size
 */
export function keepAskCorpus(queries: AskQueries, key: string, quietMs = QUIET_MS): KeptAskCorpus {
  let corpus = askCorpus(queries, key);
  let built = queries.version();
  let seen = built;
  const look = (): void => {
    try {
      const version = queries.version();
      if (version === seen && version !== built) [corpus, built] = [askCorpus(queries, key), version];
      seen = version;
    } catch {
      return; // the database was closed: nothing left to keep current
    }
    setTimeout(look, quietMs).unref();
  };
  setTimeout(look, quietMs).unref();
  return { current: () => corpus };
}

/** Pure: groups stored asks (given earliest first, so each group's id is its first recommendation). */
export function buildAskCorpus(rows: readonly StoredAskRow[]): AskCorpus {
  const asks = rows.map((row) => fromParts(row.sentence, { addressee: row.addressee, strength: row.strength, verb: row.verb, object: row.object }));
  const weights = askWeights(asks);
  const groupNumbers = groupAsks(asks, weights);
  const grouped: GroupedAsk[] = rows.map((row, at) => ({ row, ask: asks[at] as Ask, themes: row.themes ? row.themes.split(',') : [], group: groupNumbers[at] as number }));
  const byNumber = new Map<number, GroupedAsk[]>();
  for (const member of grouped) {
    const members = byNumber.get(member.group);
    if (members) members.push(member);
    else byNumber.set(member.group, [member]);
  }
  const groups = new Map<number, AskGroup>();
  const groupOfPassage = new Map<number, AskGroup>();
  for (const members of byNumber.values()) {
    const group: AskGroup = { id: (members[0] as GroupedAsk).row.id, members, typical: typicalMember(members, weights), wordings: 0 };
    groups.set(group.id, group);
    for (const member of members) groupOfPassage.set(member.row.id, group);
  }
  const wordings = new Map<string, AskWording>();
  for (const member of grouped) {
    const key = [...member.ask.stems].sort().join(' ');
    const wording = wordings.get(key);
    if (wording) wording.members.push(member);
    else {
      const group = groupOfPassage.get(member.row.id) as AskGroup;
      group.wordings += 1;
      wordings.set(key, { ask: member.ask, members: [member], group });
    }
  }
  const byConcept = new Map<string, AskWording[]>();
  for (const wording of wordings.values())
    for (const concept of wording.ask.concepts) {
      const list = byConcept.get(concept);
      if (list) list.push(wording);
      else byConcept.set(concept, [wording]);
    }
  return { asks: grouped, groups, groupOfPassage, weights, byConcept };
}

function typicalMember(members: readonly GroupedAsk[], weights: AskWeights): GroupedAsk {
  const sample = members.slice(0, TYPICAL_SAMPLE);
  let best = sample[0] as GroupedAsk;
  let bestTotal = -1;
  for (const member of sample) {
    const total = sample.reduce((sum, other) => sum + scoreAsks(member.ask, other.ask, weights).reworded, 0);
    if (total > bestTotal) [best, bestTotal] = [member, total];
  }
  return best;
}
