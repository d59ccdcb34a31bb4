import { canStartAt, passesPrefix } from './pattern-anchors.js';
import { ALT, ANY, END, FORM, GAP, JUMP, KEY, PREFIX, TRY, WANTED, type Dispatch, type Program, type SortedLists } from './pattern-program.js';
import type { NumberedTable } from './vocabulary.js';

/**
 * Runs a pattern program (pattern-program.ts) from one token: a depth-first search that tries the
 * ways of matching in the order the pattern gives them, keeping its choice points on an explicit
 * stack instead of the call stack. A choice point is four numbers: what to resume, an instruction
 * or an alternative, the token it stands at, and how far it has got.
 */

/** Resume at an instruction (an optional item skipped). */
const RESUME_AT = 0;
/** A gap's next stop: entry [GAP_STOP, instruction, last stop taken, last stop allowed]. */
const GAP_STOP = 1;
/** An alternative's next option: entry [NEXT_OPTION, dispatch, token, state of nextOption()]. */
const NEXT_OPTION = 2;

/** The choice points of the search running; one runs at a time, and the stack grows as needed. */
let stack = new Int32Array(256);

/**
 * Matches the program from token `at`, never past `limit`. With `ends` null, returns where the
 * first match found ends, or -1; otherwise adds to `ends` where every match ends (each once, in
 * the order found) and returns -1.
 */
export function runProgram(program: Program, table: NumberedTable, at: number, limit: number, ends: number[] | null): number {
  const { code } = program;
  const { keyIds, unKeyIds, formIds, negated } = table;
  let pc = 0;
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
        if (at >= limit || !passesPrefix(program.prefixes[code[pc + 2] as number]!, table, at) || !holds(code[pc + 1] as number, negated[at] === 1)) break;
        at += 1;
        pc += 3;
        continue;
      case ANY:
        if (at >= limit) break;
        at += 1;
        pc += 1;
        continue;
      case GAP: {
        const test = code[pc + 2] as number;
        // What follows a tested gap takes a token, so the stop at `limit` is not tried.
        const reach = at + (code[pc + 1] as number);
        const last = test < 0 ? (reach < limit ? reach : limit) : reach < limit ? reach : limit - 1;
        const stop = nextStop(program, table, test, at, last);
        if (stop < 0) break;
        if (stop < last) depth = push(depth, GAP_STOP, pc, stop, last);
        at = stop;
        pc += 3;
        continue;
      }
      case TRY:
        depth = push(depth, RESUME_AT, code[pc + 1] as number, at, 0);
        pc += 2;
        continue;
      case ALT: {
        const dispatch = code[pc + 1] as number;
        const option = nextOption(program, program.dispatches[dispatch]!, table, at, limit, 0);
        if (option < 0) break;
        depth = push(depth, NEXT_OPTION, dispatch, at, optionState);
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
        const stop = nextStop(program, table, code[target + 2] as number, from + 1, last);
        if (stop < 0 || stop === last) depth -= 4;
        else stack[depth - 2] = stop;
        if (stop < 0) continue;
        pc = target + 3;
        at = stop;
        break;
      }
      const option = nextOption(program, program.dispatches[target]!, table, from, limit, stack[depth - 1] as number);
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

/** The first stop of a gap in [from, last] where what follows can begin (test -1: any), or -1. */
function nextStop(program: Program, table: NumberedTable, test: number, from: number, last: number): number {
  if (test < 0) return from <= last ? from : -1;
  const start = program.tests[test]!;
  for (let to = from; to <= last; to += 1) if (canStartAt(start, table, to)) return to;
  return -1;
}

/** The state nextOption() reached: phase (the list it was reading) in the top bits, the place in that list below. */
let optionState = 0;
const PHASE_SHIFT = 24;
const PLACE_MASK = (1 << PHASE_SHIFT) - 1;
/** The phases: options filed under the token's key, its un-key, its form, its prefix bucket; then the rest. */
const LAST_PHASE = 4;

/**
 * The first instruction of the next option to try at token `at` from `state` (0 to begin), in
 * the order of Dispatch, or -1 when none is left; optionState then says where to go on from.
 */
function nextOption(program: Program, dispatch: Dispatch, table: NumberedTable, at: number, limit: number, state: number): number {
  let phase = state >>> PHASE_SHIFT;
  let place = state & PLACE_MASK;
  if (at >= limit && phase < LAST_PHASE) {
    phase = LAST_PHASE;
    place = 0;
  }
  for (; phase < LAST_PHASE; phase += 1, place = 0) {
    const lists: SortedLists = phase === 2 ? dispatch.byForm : phase === 3 ? dispatch.byPrefix : dispatch.byKey;
    const number = (phase === 0 ? table.keyIds : phase === 1 ? table.unKeyIds : phase === 2 ? table.formIds : table.prefixIds)[at] as number;
    const index = lists.lookup(number);
    if (index < 0) continue;
    const first = lists.starts[index] as number;
    const end = lists.starts[index + 1] as number;
    for (let i = first + place; i < end; i += 1) {
      if (phase === 3 && !passesPrefix(program.prefixes[dispatch.prefixTests[i] as number]!, table, at)) continue;
      optionState = (phase << PHASE_SHIFT) | (i - first + 1);
      return lists.values[i] as number;
    }
  }
  const { always, alwaysTests } = dispatch;
  for (let i = place; i < always.length; i += 1) {
    const test = alwaysTests[i] as number;
    if (test >= 0 && (at >= limit || !canStartAt(program.tests[test]!, table, at))) continue;
    optionState = (LAST_PHASE << PHASE_SHIFT) | (i + 1);
    return always[i] as number;
  }
  return -1;
}
