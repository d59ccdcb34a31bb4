import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { THEME_IDS, type ThemeId } from '../../src/model/themes.js';

/**
 * Behavioural tests in the manner of CheckList (Ribeiro et al., ACL 2020), kept as data in
 * test/behaviour/: `shapes.json` holds the shared slot fillers and sentence shapes, and one file
 * per theme its own fillers. A template is text with {slot} holes; a filler may hold holes of its
 * own; `{Slot}` capitalises the first letter of what fills it. Each template is expanded into a
 * bounded, seeded sample of its combinations, so every run tests the same sentences.
 *
 * Three test types:
 * - mft (minimum functionality): every sentence must carry the theme;
 * - direction: every sentence (the failure negated, turned into a pure recommendation, made a
 *   heading or a term of reference) must not carry the theme;
 * - invariance: sentences that differ only in a name, agency, role or date get the same themes.
 */

export type BehaviourType = 'mft' | 'direction' | 'invariance';
export const BEHAVIOUR_TYPES: readonly BehaviourType[] = ['mft', 'direction', 'invariance'];

type Slots = Record<string, string[]>;

interface ShapeFile {
  slots: Slots;
  /** Whole-sentence shapes built on each theme's slots, by test type. */
  mft: string[];
  direction: string[];
  /** The slots whose fillers an invariance test swaps. */
  invariant: string[];
}

interface ThemeFile {
  theme: ThemeId;
  slots: Slots;
  mft: string[];
  direction: string[];
}

/** One generated test: for mft and direction one sentence; for invariance the variants that must agree. */
export interface BehaviourCase {
  theme: ThemeId;
  type: BehaviourType;
  template: string;
  sentences: string[];
}

/** How many fillings of one template are kept, and how many variants an invariance test compares. */
const SAMPLES_PER_TEMPLATE = 6;
const VARIANTS_PER_INVARIANCE = 4;
const SLOT = /\{([A-Za-z_]+)\}/g;

const DIR = new URL('../behaviour/', import.meta.url);

/** Every behavioural case of every theme file, in theme order. behaviourCases().length -> about 6,000 */
export function behaviourCases(): BehaviourCase[] {
  const shapes = JSON.parse(readFileSync(new URL('shapes.json', DIR), 'utf8')) as ShapeFile;
  const files = readdirSync(DIR).filter((name) => name.endsWith('.json') && name !== 'shapes.json').sort();
  return files.flatMap((name) => {
    const theme = JSON.parse(readFileSync(new URL(name, DIR), 'utf8')) as ThemeFile;
    if (!THEME_IDS.includes(theme.theme) || path.basename(name, '.json') !== theme.theme) {
      throw new Error(`test/behaviour/${name}: "theme" must be a theme id of themes.md and match the file name, found "${theme.theme}"`);
    }
    return casesOf(theme, shapes);
  });
}

function casesOf(theme: ThemeFile, shapes: ShapeFile): BehaviourCase[] {
  const slots: Slots = { ...shapes.slots, ...theme.slots };
  const cases: BehaviourCase[] = [];
  for (const type of ['mft', 'direction'] as const) {
    for (const template of [...theme[type], ...shapes[type]]) {
      const random = seededRandom(`${theme.theme}\0${template}`);
      for (const sentence of sample(template, slots, random, SAMPLES_PER_TEMPLATE)) cases.push({ theme: theme.theme, type, template, sentences: [sentence] });
      for (const swapped of shapes.invariant.filter((slot) => holesOf(template).includes(slot.toLowerCase()))) {
        const variants = invariantVariants(template, swapped, slots, random);
        if (variants.length > 1) cases.push({ theme: theme.theme, type: 'invariance', template: `${template} (swapping {${swapped}})`, sentences: variants });
      }
    }
  }
  return cases;
}

/** The template filled once, then refilled with other fillers of `swapped` only, everything else kept. */
function invariantVariants(template: string, swapped: string, slots: Slots, random: () => number): string[] {
  const fixed = new Map<string, string>();
  const fillers = slots[swapped] ?? [];
  const chosen = pick(fillers.map((_filler, index) => index), random, VARIANTS_PER_INVARIANCE);
  return [...new Set(chosen.map((index) => fill(template, slots, random, new Map([[swapped, fillers[index] as string]]), fixed)))];
}

/** Up to `count` distinct fillings of the template. */
function sample(template: string, slots: Slots, random: () => number, count: number): string[] {
  const found = new Set<string>();
  for (let attempt = 0; attempt < count * 4 && found.size < count; attempt += 1) found.add(fill(template, slots, random, new Map(), new Map()));
  return [...found];
}

/**
 * Fills every hole at random (recursively: a filler may hold holes). `forced` gives a slot's
 * filler; `fixed` remembers the choice for every other slot across calls, so that variants differ
 * only in the forced slot.
 */
function fill(template: string, slots: Slots, random: () => number, forced: ReadonlyMap<string, string>, fixed: Map<string, string>, depth = 0): string {
  if (depth > 5) throw new Error(`test/behaviour: slots nest more than five deep in "${template}"`);
  let occurrence = 0;
  return template.replace(SLOT, (_hole, name: string) => {
    const key = name.toLowerCase();
    const fillers = slots[key];
    if (!fillers || fillers.length === 0) throw new Error(`test/behaviour: no fillers for {${name}} in "${template}"`);
    const memo = `${depth}:${key}:${occurrence++}`;
    let chosen = forced.get(key) ?? fixed.get(memo);
    if (chosen === undefined) {
      chosen = fillers[Math.floor(random() * fillers.length)] as string;
      fixed.set(memo, chosen);
    }
    const text = fill(chosen, slots, random, forced, fixed, depth + 1);
    return name[0] === name[0]?.toUpperCase() ? text.charAt(0).toUpperCase() + text.slice(1) : text;
  });
}

function holesOf(template: string): string[] {
  return [...template.matchAll(SLOT)].map((hole) => (hole[1] as string).toLowerCase());
}

function pick<T>(items: readonly T[], random: () => number, count: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (pool.length > 0 && chosen.length < count) chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as T);
  return chosen;
}

/** mulberry32, seeded from the text: the same template always gets the same sample. */
function seededRandom(seedText: string): () => number {
  let seed = 0;
  for (let i = 0; i < seedText.length; i += 1) seed = (Math.imul(seed, 31) + seedText.charCodeAt(i)) | 0;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BehaviourOutcome {
  case: BehaviourCase;
  passed: boolean;
  /** The themes of each sentence, in order. */
  found: ThemeId[][];
}

/** Runs each case through a tagging function: mft wants the theme, direction wants it absent, invariance wants equal theme sets. */
export function runBehaviour(cases: readonly BehaviourCase[], themesOf: (text: string) => readonly ThemeId[]): BehaviourOutcome[] {
  return cases.map((item) => {
    const found = item.sentences.map((sentence) => [...themesOf(sentence)]);
    const first = found[0] ?? [];
    const passed =
      item.type === 'mft' ? first.includes(item.theme) : item.type === 'direction' ? !first.includes(item.theme) : found.every((themes) => themes.join() === first.join());
    return { case: item, passed, found };
  });
}

/** Pass rates by theme and type: "face_value" -> "mft" -> { passed, total }. */
export function passRates(outcomes: readonly BehaviourOutcome[]): Map<ThemeId, Map<BehaviourType, { passed: number; total: number }>> {
  const rates = new Map<ThemeId, Map<BehaviourType, { passed: number; total: number }>>();
  for (const { case: item, passed } of outcomes) {
    const byType = rates.get(item.theme) ?? new Map<BehaviourType, { passed: number; total: number }>();
    rates.set(item.theme, byType);
    const rate = byType.get(item.type) ?? { passed: 0, total: 0 };
    byType.set(item.type, rate);
    rate.total += 1;
    if (passed) rate.passed += 1;
  }
  return rates;
}
