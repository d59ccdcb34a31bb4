import { passesPrefix } from './pattern-anchors.js';
import { ALT, ANY, code as programs, END, FORM, GAP, JUMP, KEY, PREFIX, prefixes, TRY, WANTED, type Program } from './pattern-program.js';
import type { NumberedTable } from './vocabulary.js';

/**
 * Runs a pattern program (pattern-program.ts) from one token: a depth-first search that tries the
 * ways of matching in the order the pattern gives them, keeping its choice points on an explicit
 * stack instead of the call stack. A choice point is four numbers: what to resume, an instruction,
 * the token it stands at, and how far it has got.
 */

/** Resume at an instruction (an optional item skipped). */
const RESUME_AT = 0;
/** A gap's next stop: entry [GAP_STOP, the gap, last stop taken, last stop allowed]. */
const GAP_STOP = 1;
/** An alternative's next option: entry [NEXT_OPTION, the dispatch block, token, state of nextOption()]. */
const NEXT_OPTION = 2;

/** The choice points of the search running; one runs at a time, and the stack grows as needed. */
let stack = new Int32Array(256);

/**
 * Matches the program from token `at`, never past `limit`. With `ends` null, returns where the
 * first match found ends, or -1; otherwise adds to `ends` where every match ends (each once, in
 * the order found) and returns -1.
 */
export function runProgram(program: Program, table: NumberedTable, at: number, limit: number, ends: number[] | null): number {
  const code = programs;
  const { keyIds, unKeyIds, formIds, negated } = table;
  let pc = program.start;
  let depth = 0;
  for (;;) {
    // Each case goes on to the next instruction, or falls out of the switch to backtrack.
    switch (code[pc] as number) {
      case KEY: {
        if (at >= limit) break;
        const count = code[pc + 2] as number;
        const key = keyIds[at] as number;
        let found = -1;
        for (let i = pc + 3; i < pc + 3 + count; i += 1) if (code[i] === key) found = negated[at] as number;
        if (found < 0) {
          const unKey = unKeyIds[at] as number;
          for (let i = pc + 3; i < pc + 3 + count; i += 1) if (code[i] === unKey) found = 1;
        }
        if (found < 0 || !holds(code[pc + 1] as number, found === 1)) break;
        at += 1;
        pc += 3 + count;
        continue;
      }
      case FORM:
        if (at >= limit || formIds[at] !== code[pc + 2] || !holds(code[pc + 1] as number, negated[at] === 1)) break;
        at += 1;
        pc += 3;
        continue;
      case PREFIX:
        if (at >= limit || !passesPrefix(prefixes[code[pc + 2] as number]!, table, at) || !holds(code[pc + 1] as number, negated[at] === 1)) break;
        at += 1;
        pc += 3;
        continue;
      case ANY:
        if (at >= limit) break;
        at += 1;
        pc += 1;
        continue;
      case GAP: {
        const last = lastStop(code, pc, at, limit);
        const stop = nextStop(code, pc, table, at, last);
        if (stop < 0) break;
        if (stop < last) depth = push(depth, GAP_STOP, pc, stop, last);
        at = stop;
        pc = code[pc + 2] as number;
        continue;
      }
      case TRY:
        depth = push(depth, RESUME_AT, code[pc + 1] as number, at, 0);
        pc += 2;
        continue;
      case ALT: {
        const block = code[pc + 1] as number;
        const option = nextOption(code, block, table, at, limit, 0);
        if (option < 0) break;
        depth = push(depth, NEXT_OPTION, block, at, optionState);
        pc = option;
        continue;
      }
      case JUMP:
        pc = code[pc + 1] as number;
        continue;
      case END:
        if (ends === null) return at;
        if (!ends.includes(at)) ends.push(at);
        break;
      default:
        throw new Error(`pattern program: unknown instruction ${code[pc]} at ${pc}`);
    }
    // Backtrack to the latest choice point that has a way left.
    for (;;) {
      if (depth === 0) return -1;
      const kind = stack[depth - 4] as number;
      const target = stack[depth - 3] as number;
      const from = stack[depth - 2] as number;
      if (kind === RESUME_AT) {
        depth -= 4;
        pc = target;
        at = from;
        break;
      }
      if (kind === GAP_STOP) {
        const last = stack[depth - 1] as number;
        const stop = nextStop(code, target, table, from + 1, last);
        if (stop < 0 || stop === last) depth -= 4;
        else stack[depth - 2] = stop;
        if (stop < 0) continue;
        pc = code[target + 2] as number;
        at = stop;
        break;
      }
      const option = nextOption(code, target, table, from, limit, stack[depth - 1] as number);
      if (option < 0) {
        depth -= 4;
        continue;
      }
      stack[depth - 1] = optionState;
      pc = option;
      at = from;
      break;
    }
  }
}

/** Whether the token at `at` passes the start test at `test` (pattern-program.ts). */
export function canBegin(code: Int32Array, test: number, table: NumberedTable, at: number): boolean {
  const keys = code[test] as number;
  if (keys < 0) return true;
  if (contains(code, test + 1, keys, table.keyIds[at] as number) || contains(code, test + 1, keys, table.unKeyIds[at] as number)) return true;
  const forms = test + 1 + keys;
  if (contains(code, forms + 1, code[forms] as number, table.formIds[at] as number)) return true;
  const tests = forms + 1 + (code[forms] as number);
  for (let i = tests + 1; i <= tests + (code[tests] as number); i += 1) if (passesPrefix(prefixes[code[i] as number]!, table, at)) return true;
  return false;
}

/** Whether code[from, from + count), ascending, holds `number`. */
function contains(code: Int32Array, from: number, count: number, number: number): boolean {
  return place(code, from, count, number) >= 0;
}

/** The place of `number` in code[from, from + count), ascending, or -1. */
function place(code: Int32Array, from: number, count: number, number: number): number {
  let low = from;
  let high = from + count - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = code[middle] as number;
    if (found === number) return middle - from;
    if (found < number) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

function holds(wanted: number, isNegated: boolean): boolean {
  return wanted === WANTED.any || (wanted === WANTED.negated) === isNegated;
}

function push(depth: number, kind: number, target: number, from: number, state: number): number {
  if (depth + 4 > stack.length) {
    const grown = new Int32Array(stack.length * 2);
    grown.set(stack);
    stack = grown;
  }
  stack[depth] = kind;
  stack[depth + 1] = target;
  stack[depth + 2] = from;
  stack[depth + 3] = state;
  return depth + 4;
}

/** The last stop of the gap at `gap` from token `at`: what follows a tested gap takes a token, so `limit` itself is not tried. */
function lastStop(code: Int32Array, gap: number, at: number, limit: number): number {
  const reach = at + (code[gap + 1] as number);
  if (code[gap + 3] === -1) return reach < limit ? reach : limit;
  return reach < limit ? reach : limit - 1;
}

/** The first stop of the gap at `gap` in [from, last] where what follows can begin, or -1. */
function nextStop(code: Int32Array, gap: number, table: NumberedTable, from: number, last: number): number {
  for (let to = from; to <= last; to += 1) if (canBegin(code, gap + 3, table, to)) return to;
  return -1;
}

/** The state nextOption() reached: phase (the list it was reading) in the top bits, the place in that list below. */
let optionState = 0;
const PHASE_SHIFT = 24;
const PLACE_MASK = (1 << PHASE_SHIFT) - 1;
/** The phases: options filed under the token's key, its un-key, its form, its prefix bucket; then the rest. */
const LAST_PHASE = 4;

/**
 * The first instruction of the next option of the dispatch block at `block` to try at token `at`
 * from `state` (0 to begin), or -1 when none is left; optionState then says where to go on from.
 */
function nextOption(code: Int32Array, block: number, table: NumberedTable, at: number, limit: number, state: number): number {
  let phase = state >>> PHASE_SHIFT;
  let next = state & PLACE_MASK;
  if (at >= limit && phase < LAST_PHASE) {
    phase = LAST_PHASE;
    next = 0;
  }
  for (; phase < LAST_PHASE; phase += 1, next = 0) {
    const lists = phase < 2 ? block + 3 : (code[block + phase - 2] as number);
    const number = (phase === 0 ? table.keyIds : phase === 1 ? table.unKeyIds : phase === 2 ? table.formIds : table.prefixIds)[at] as number;
    const count = code[lists] as number;
    const index = place(code, lists + 1, count, number);
    if (index < 0) continue;
    const first = code[lists + 1 + count + index] as number;
    const end = code[lists + 2 + count + index] as number;
    // By prefix bucket, the values are pairs: the option, and its prefix test.
    const step = phase === 3 ? 2 : 1;
    for (let i = first + next * step; i < end; i += step) {
      if (phase === 3 && !passesPrefix(prefixes[code[i + 1] as number]!, table, at)) continue;
      optionState = (phase << PHASE_SHIFT) | ((i - first) / step + 1);
      return code[i] as number;
    }
  }
  const always = code[block + 2] as number;
  for (let i = next; i < (code[always] as number); i += 1) {
    const test = code[always + 2 + 2 * i] as number;
    if (code[test] !== -1 && (at >= limit || !canBegin(code, test, table, at))) continue;
    optionState = (LAST_PHASE << PHASE_SHIFT) | (i + 1);
    return code[always + 1 + 2 * i] as number;
  }
  return -1;
}
