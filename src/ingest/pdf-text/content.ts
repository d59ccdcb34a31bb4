import type { FontLoader } from './fonts.js';
import { CLOSE_ARRAY, CLOSE_DICT, EOF, Lexer, OPEN_ARRAY, OPEN_DICT } from './lexer.js';
import { Cmd, Dict, Name, PdfString, Stream, type PdfObject } from './objects.js';
import { parseObject } from './parser.js';
import { TextItemBuilder, type ContentItem } from './text-items.js';
import { transform, TextState } from './text-state.js';
import { LIMITS, unsupported } from './unsupported.js';
import type { XrefTable } from './xref.js';

/** Operand counts of the operators pdf.js knows; a different count is Unsupported, not repaired. */
const ARITY: Record<string, number> = {
  w: 1, J: 1, j: 1, M: 1, d: 2, ri: 1, i: 1, gs: 1, q: 0, Q: 0, cm: 6, m: 2, l: 2, c: 6, v: 4, y: 4, h: 0, re: 4, S: 0, s: 0, f: 0, F: 0, 'f*': 0,
  B: 0, 'B*': 0, b: 0, 'b*': 0, n: 0, W: 0, 'W*': 0, BT: 0, ET: 0, Tc: 1, Tw: 1, Tz: 1, TL: 1, Tf: 2, Tr: 1, Ts: 1, Td: 2, TD: 2, Tm: 6, 'T*': 0,
  Tj: 1, TJ: 1, "'": 1, '"': 3, d0: 2, d1: 6, CS: 1, cs: 1, G: 1, g: 1, RG: 3, rg: 3, K: 4, k: 4, sh: 1, Do: 1, MP: 1, DP: 2, BMC: 1, BDC: 2, EMC: 0, BX: 0, EX: 0,
};
/** Colour operators that take a varying number of operands (up to this many). */
const VARIABLE_ARITY: Record<string, number> = { SC: 4, SCN: 33, sc: 4, scn: 33 };
const MAX_ARGS = 33;

/** Counts operators across a document, so a hostile content stream cannot run on for ever. */
export class OperatorBudget {
  private spent = 0;
  charge(): void {
    if (++this.spent > LIMITS.operators) unsupported('too many content-stream operators');
  }
}

export interface PageContext {
  xref: XrefTable;
  fonts: FontLoader;
  resources: Dict;
  view: readonly number[];
  operators: OperatorBudget;
}

/** Reads a page's content stream into pdf.js-shaped text items. */
export function extractTextItems(content: Uint8Array, context: PageContext): ContentItem[] {
  const lexer = new Lexer(content);
  const builder = new TextItemBuilder(context.view);
  const stack: TextState[] = [];
  let state = new TextState();
  let args: PdfObject[] = [];
  for (let token = lexer.next(); token !== EOF; token = lexer.next()) {
    if (token === OPEN_ARRAY || token === OPEN_DICT) args.push(parseObject(lexer, token, 1, false));
    else if (token === CLOSE_ARRAY || token === CLOSE_DICT) unsupported('a stray closing bracket in a content stream');
    else if (token instanceof Cmd) {
      context.operators.charge();
      checkArity(token.cmd, args.length);
      state = runOperator(token.cmd, args, state, stack, builder, context);
      args = [];
    } else {
      args.push(token);
      if (args.length > MAX_ARGS) unsupported('too many operands');
    }
  }
  builder.flush();
  return builder.items;
}

function checkArity(cmd: string, count: number): void {
  const fixed = ARITY[cmd];
  if (fixed !== undefined ? count !== fixed : !(cmd in VARIABLE_ARITY) || count > VARIABLE_ARITY[cmd]!) unsupported(`operator "${cmd}" with ${count} operands`);
}

function num(value: PdfObject | undefined): number {
  if (typeof value !== 'number') unsupported('an operator operand that is not a number');
  return value;
}

function chars(value: PdfObject | undefined): Uint8Array {
  if (!(value instanceof PdfString)) unsupported('a text operand that is not a string');
  return value.data;
}

function runOperator(cmd: string, args: PdfObject[], state: TextState, stack: TextState[], builder: TextItemBuilder, context: PageContext): TextState {
  switch (cmd) {
    case 'q':
      if (stack.length >= LIMITS.stateDepth) unsupported('q nested too deeply');
      stack.push(state);
      return state.clone();
    case 'Q': {
      const previous = stack.pop();
      if (!previous) return state;
      if (previous.font !== state.font || previous.fontSize !== state.fontSize || previous.fontName !== state.fontName) builder.flush();
      return previous;
    }
    case 'cm':
      state.ctm = transform(state.ctm, args.map(num));
      return state;
    case 'Tf':
      setFont(args, state, builder, context);
      return state;
    case 'Ts':
      state.textRise = num(args[0]);
      return state;
    case 'Tz':
      state.textHScale = num(args[0]) / 100;
      return state;
    case 'TL':
      state.leading = num(args[0]);
      return state;
    case 'Td':
      state.translateTextLineMatrix(num(args[0]), num(args[1]));
      state.textMatrix = [...state.textLineMatrix];
      return state;
    case 'TD':
      state.leading = -num(args[1]);
      state.translateTextLineMatrix(num(args[0]), num(args[1]));
      state.textMatrix = [...state.textLineMatrix];
      return state;
    case 'T*':
      state.carriageReturn();
      return state;
    case 'Tm': {
      const [a, b, c, d, e, f] = args.map(num) as [number, number, number, number, number, number];
      state.textMatrix = [a, b, c, d, e, f];
      state.textLineMatrix = [a, b, c, d, e, f];
      builder.updateAdvanceScale(state);
      return state;
    }
    case 'Tc':
      state.charSpacing = num(args[0]);
      return state;
    case 'Tw':
      state.wordSpacing = num(args[0]);
      return state;
    case 'BT':
      state.textMatrix = [1, 0, 0, 1, 0, 0];
      state.textLineMatrix = [1, 0, 0, 1, 0, 0];
      return state;
    case 'TJ':
      showSpaced(args[0], state, builder);
      return state;
    case 'Tj':
      show(chars(args[0]), 0, state, builder);
      return state;
    case "'":
      state.carriageReturn();
      show(chars(args[0]), 0, state, builder);
      return state;
    case '"':
      state.wordSpacing = num(args[0]);
      state.charSpacing = num(args[1]);
      state.carriageReturn();
      show(chars(args[2]), 0, state, builder);
      return state;
    case 'Do':
      builder.flush();
      checkXObject(args[0], context);
      return state;
    case 'gs':
      checkGState(args[0], context);
      return state;
    case 'BMC':
    case 'BDC':
    case 'EMC':
      builder.flush();
      return state;
    case 'BI':
    case 'd0':
    case 'd1':
      return unsupported(`operator "${cmd}"`);
    default:
      return state;
  }
}

function setFont(args: PdfObject[], state: TextState, builder: TextItemBuilder, context: PageContext): void {
  const name = args[0];
  const size = num(args[1]);
  if (!(name instanceof Name)) unsupported('Tf without a font name');
  if (state.font && name.name === state.fontName && size === state.fontSize) return;
  builder.flush();
  state.fontName = name.name;
  state.fontSize = size;
  const fonts = context.xref.resolve(context.resources.get('Font'));
  const font = fonts instanceof Dict ? fonts.get(name.name) : undefined;
  if (font === undefined) unsupported(`font /${name.name} is not in the page's resources`);
  state.font = context.fonts.load(font);
}

function show(text: Uint8Array, extraSpacing: number, state: TextState, builder: TextItemBuilder): void {
  if (!state.font) unsupported('text shown before any Tf');
  builder.show(state, state.font, text, extraSpacing);
}

function showSpaced(value: PdfObject | undefined, state: TextState, builder: TextItemBuilder): void {
  if (!Array.isArray(value)) unsupported('TJ without an array');
  if (!state.font) unsupported('text shown before any Tf');
  const spaceFactor = -state.fontSize / 1000;
  let buffer: Uint8Array[] = [];
  for (const element of value) {
    if (element instanceof PdfString) buffer.push(element.data);
    else if (typeof element === 'number') {
      if (element === 0) continue;
      show(joinBytes(buffer), element * spaceFactor, state, builder);
      buffer = [];
    } else unsupported('a TJ element that is neither a string nor a number');
  }
  if (buffer.length > 0) show(joinBytes(buffer), 0, state, builder);
}

/** TJ strings not parted by a number are shown as one, as pdf.js joins them. */
function joinBytes(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  return Buffer.concat(parts);
}

function checkXObject(name: PdfObject | undefined, context: PageContext): void {
  if (!(name instanceof Name)) unsupported('Do without a name');
  const xobjects = context.xref.resolve(context.resources.get('XObject'));
  const xobject = xobjects instanceof Dict ? context.xref.resolve(xobjects.get(name.name)) : undefined;
  if (!(xobject instanceof Stream)) unsupported(`XObject /${name.name} is missing`);
  const subtype = context.xref.resolve(xobject.dict.get('Subtype'));
  if (!(subtype instanceof Name) || subtype.name !== 'Image') unsupported('a Form XObject (its text is left to pdf.js)');
}

function checkGState(name: PdfObject | undefined, context: PageContext): void {
  if (!(name instanceof Name)) unsupported('gs without a name');
  const states = context.xref.resolve(context.resources.get('ExtGState'));
  const gstate = states instanceof Dict ? context.xref.resolve(states.get(name.name)) : undefined;
  if (!(gstate instanceof Dict)) unsupported(`ExtGState /${name.name} is missing`);
  if (gstate.get('Font') !== undefined) unsupported('an ExtGState that sets a font');
}
