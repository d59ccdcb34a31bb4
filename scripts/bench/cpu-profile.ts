/**
 * Reads the `.cpuprofile` files `node --cpu-prof` writes (one per thread) and shares their samples
 * out among the ingest pipeline's stages: each sample goes to the stage of the innermost frame
 * that belongs to one, or to a whole-stack stage (start-up compile, the writer, recommendation asks).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Stages that own a sample when any frame of its stack is the named function. */
const STACK_STAGES: Array<[RegExp, string]> = [
  [/^(compileTagging|loadTagger|loadLemmas)$/, 'start-up: compile lexicons and model, load dictionary'],
  [/^(readAsk|readAskParts)$/, 'recommendation asks (compromise)'],
  [/^(sqliteTransaction|save)$/, 'SQLite writes, FTS5 index (main thread)'],
];

/** Stages by the file of the innermost frame that names one. */
const FILE_STAGES: Array<[RegExp, string]> = [
  [/\/ingest\/pdf-text\//, 'text layer: the fast reader (src/ingest/pdf-text), zlib'],
  [/node:zlib/, 'text layer: the fast reader (src/ingest/pdf-text), zlib'],
  [/pdfjs-dist|\/ingest\/pdf-(read|library)\.js/, 'pdf.js: parse, fonts, text content'],
  [/\/ingest\/layout\.js/, 'layout: text items to lines'],
  [/\/ingest\/(running-text|normalise|edit-distance)\.js/, 'running headers and footers'],
  [/\/ingest\/(hyphenation|english-words)\.js/, 'hyphen repair'],
  [/\/ingest\/(segment|body-text|contents|paragraphs|sections|metadata)\.js/, 'segmentation: paragraphs, sections, passages'],
  [/wink-nlp|wink-eng-lite|\/dist\/nlp\//, 'wink-nlp: tokens, sentences, lemmas'],
  [/\/dist\/lexicon\//, 'tagging: lexicon patterns'],
  [/\/dist\/classifier\//, 'tagging: learned model'],
  [/\/(thread-pool|worker-thread)\.js|node:internal\/worker/, 'thread messages (structured clone)'],
  [/node:internal\/modules|node:internal\/(url|fs)/, 'start-up: load modules'],
];

const SKIP = new Set(['(idle)', '(root)']);

export interface StageShare {
  stage: string;
  thread: 'main' | 'readers';
  /** Sampled milliseconds. */
  ms: number;
}

function stageOf(stack: ProfileNode[]): string {
  for (const [pattern, stage] of STACK_STAGES) if (stack.some((node) => pattern.test(node.callFrame.functionName))) return stage;
  const leaf = stack[0]!.callFrame.functionName;
  if (leaf === '(garbage collector)') return 'garbage collection';
  for (const node of stack) {
    for (const [pattern, stage] of FILE_STAGES) if (pattern.test(node.callFrame.url)) return stage;
  }
  return 'other (V8, native, Node)';
}

/** Sampled milliseconds by stage for every profile in `dir`; the main thread's file is the one Node numbers 0. */
export function stageShares(dir: string): StageShare[] {
  const shares = new Map<string, StageShare>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'))) {
    const thread = /\.0\.\d+\.cpuprofile$/.test(file) ? 'main' : 'readers';
    const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile;
    for (const [stage, ms] of sampledMs(profile, (stack) => (SKIP.has(stack[0]!.callFrame.functionName) ? null : stageOf(stack)))) {
      const key = `${thread} ${stage}`;
      const share = shares.get(key) ?? { stage, thread, ms: 0 };
      share.ms += ms;
      shares.set(key, share);
    }
  }
  return [...shares.values()].sort((a, b) => b.ms - a.ms);
}

/**
 * Sampled milliseconds of one profile by the stage `stageOf` gives each sample's stack (innermost
 * frame first); samples it gives null are left out.
 */
export function sampledMs(profile: CpuProfile, stageOf: (stack: ProfileNode[]) => string | null): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stageById = new Map<number, string | null>();
  const totals = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    let stage = stageById.get(id);
    if (stage === undefined) {
      const stack: ProfileNode[] = [];
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!);
      stage = stageOf(stack);
      stageById.set(id, stage);
    }
    if (stage !== null) totals.set(stage, (totals.get(stage) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  return totals;
}
