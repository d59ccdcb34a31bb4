import type { PdfFont } from './fonts.js';
import { unsupported } from './unsupported.js';
import type { Matrix, TextState } from './text-state.js';

/** A text item as pdf.js's getTextContent returns it (horizontal writing only). */
export interface ContentItem {
  str: string;
  width: number;
  height: number;
  transform: Matrix;
}

const TRACKING_SPACE_FACTOR = 0.102;
const NOT_A_SPACE_FACTOR = 0.03;
const NEGATIVE_SPACE_FACTOR = -0.2;
const SPACE_IN_FLOW_MIN_FACTOR = 0.102;
const SPACE_IN_FLOW_MAX_FACTOR = 0.6;
const VERTICAL_SHIFT_RATIO = 0.25;
/** The characters pdf.js's normalizeUnicode rewrites with NFKC (ligatures, odd spaces, ...). */
const NORMALIZE = /([\u00a0\u00b5\u037e\u0eb3\u2000-\u200a\u202f\u2126\ufb00-\ufb04\ufb06\ufb20-\ufb36\ufb38-\ufb3c\ufb3e\ufb40-\ufb41\ufb43-\ufb44\ufb46-\ufba1\ufba4-\ufba9\ufbae-\ufbb1\ufbd3-\ufbdc\ufbde-\ufbe7\ufbea-\ufbf8\ufbfc-\ufbfd\ufc00-\ufc5d\ufc64-\ufcf1\ufcf5-\ufd3d\ufd88\ufdf4\ufdfa-\ufdfb\ufe71\ufe77\ufe79\ufe7b\ufe7d]+)|(\ufb05+)/gu;

/**
 * Builds text items from shown glyphs the way pdf.js's getTextContent does (pdf.js 5.4,
 * src/core/evaluator.js): one item grows while glyphs follow on; a gap of a word space inside the
 * flow adds " " to it; a wider gap, a move back or a new line ends it (a wide gap becoming a " "
 * item of its own). Ported line for line, stale fields included, so the items are the same.
 */
export class TextItemBuilder {
  readonly items: ContentItem[] = [];
  private initialized = false;
  private str: string[] = [];
  private mayNormalize = false;
  private totalWidth = 0;
  private totalHeight = 0;
  private width = 0;
  private height = 0;
  /** Where the last glyph with a width ended; written in place, copied when an item keeps it. */
  private prevTransform: Matrix | null = null;
  private readonly scratch: Matrix = [0, 0, 0, 0, 0, 0];
  private textAdvanceScale = 0;
  private spaceInFlowMin = 0;
  private spaceInFlowMax = 0;
  private trackingSpaceMin = Infinity;
  private negativeSpaceMax = -Infinity;
  private notASpace = -Infinity;
  private transform: Matrix | null = null;
  private lastChars = [' ', ' '];
  private lastCharsPos = 0;

  constructor(private readonly viewBox: readonly number[]) {}

  /** Shows the character codes in `chars` in the state's font. */
  show(state: TextState, font: PdfFont, chars: Uint8Array, extraSpacing: number): void {
    if (chars.length === 0) {
      const charSpacing = state.charSpacing + extraSpacing;
      if (charSpacing) state.translateTextMatrix(charSpacing * state.textHScale, 0);
      return;
    }
    const step = font.bytesPerCode;
    if (chars.length % step !== 0) unsupported('a two-byte string of odd length');
    const scale = 0.001 * state.fontSize;
    for (let index = 0; index < chars.length; index += step) {
      const glyph = font.glyph(step === 1 ? chars[index]! : (chars[index]! << 8) | chars[index + 1]!);
      if (glyph.isInvisibleFormatMark) continue;
      let charSpacing = state.charSpacing + (index + step === chars.length ? extraSpacing : 0);
      let scaledDim = glyph.width * scale;
      if (glyph.code === 0x20) charSpacing += state.wordSpacing;
      if (glyph.isWhitespace) {
        charSpacing += scaledDim;
        state.translateTextMatrix(charSpacing * state.textHScale, 0);
        this.saveLastChar(' ');
        continue;
      }
      if (!glyph.isZeroWidthDiacritic && !this.compareWithLastPosition(state, scaledDim)) {
        state.translateTextMatrix(scaledDim * state.textHScale, 0);
        continue;
      }
      this.ensureItem(state);
      if (glyph.isZeroWidthDiacritic) scaledDim = 0;
      scaledDim *= state.textHScale;
      state.translateTextMatrix(scaledDim, 0);
      this.width += scaledDim;
      if (scaledDim) this.prevTransform = state.writeTransform(this.prevTransform ?? [0, 0, 0, 0, 0, 0]);
      if (this.saveLastChar(glyph.unicode)) this.str.push(' ');
      this.str.push(glyph.unicode);
      if (glyph.mayNormalize) this.mayNormalize = true;
      if (charSpacing) state.translateTextMatrix(charSpacing * state.textHScale, 0);
    }
  }

  /** Tm changed the line matrix's scale: bank the width at the old scale. */
  updateAdvanceScale(state: TextState): void {
    if (!this.initialized) return;
    const scale = Math.hypot(state.ctm[0], state.ctm[1]) * Math.hypot(state.textLineMatrix[0], state.textLineMatrix[1]);
    if (scale === this.textAdvanceScale) return;
    this.totalWidth += this.width * this.textAdvanceScale;
    this.width = 0;
    this.textAdvanceScale = scale;
  }

  flush(): void {
    if (!this.initialized) return;
    this.totalWidth += this.width * this.textAdvanceScale;
    let text = this.str.join('');
    if (this.mayNormalize) text = text.replace(NORMALIZE, (_, many: string | undefined) => (many ? many.normalize('NFKC') : 'ſt'));
    this.mayNormalize = false;
    this.items.push({ str: text, width: Math.abs(this.totalWidth), height: Math.abs(this.totalHeight), transform: this.transform! });
    this.initialized = false;
    this.str = [];
  }

  resetLastChars(): void {
    this.lastChars[0] = this.lastChars[1] = ' ';
    this.lastCharsPos = 0;
  }

  private saveLastChar(char: string): boolean {
    const nextPos = (this.lastCharsPos + 1) % 2;
    const ret = this.lastChars[this.lastCharsPos] !== ' ' && this.lastChars[nextPos] === ' ';
    this.lastChars[this.lastCharsPos] = char;
    this.lastCharsPos = nextPos;
    return ret;
  }

  private shouldAddWhitespace(): boolean {
    return this.lastChars[this.lastCharsPos] !== ' ' && this.lastChars[(this.lastCharsPos + 1) % 2] === ' ';
  }

  private pushWhitespace(width: number, transform: Matrix | null): void {
    this.items.push({ str: ' ', width, height: 0, transform: [...transform!] });
  }

  private ensureItem(state: TextState): void {
    if (this.initialized) return;
    const trm = (this.transform = state.currentTransform());
    this.width = this.totalWidth = 0;
    this.height = this.totalHeight = Math.hypot(trm[2], trm[3]);
    this.textAdvanceScale = Math.hypot(state.ctm[0], state.ctm[1]) * Math.hypot(state.textLineMatrix[0], state.textLineMatrix[1]);
    const { fontSize } = state;
    this.trackingSpaceMin = fontSize * TRACKING_SPACE_FACTOR;
    this.notASpace = fontSize * NOT_A_SPACE_FACTOR;
    this.negativeSpaceMax = fontSize * NEGATIVE_SPACE_FACTOR;
    this.spaceInFlowMin = fontSize * SPACE_IN_FLOW_MIN_FACTOR;
    this.spaceInFlowMax = fontSize * SPACE_IN_FLOW_MAX_FACTOR;
    this.initialized = true;
  }

  private appendEOL(): void {
    this.resetLastChars();
    // pdf.js pushes an empty item when no item is open; readPage drops empty items, so we skip it.
    if (this.initialized) this.flush();
  }

  private compareWithLastPosition(state: TextState, glyphWidth: number): boolean {
    const current = state.writeTransform(this.scratch);
    let posX = current[4];
    let posY = current[5];
    const view = this.viewBox;
    if (posX + glyphWidth < view[0]! || posX > view[2]! || posY < view[1]! || posY > view[3]!) return false;
    if (!state.font || !this.prevTransform) return true;
    let lastPosX = this.prevTransform[4];
    let lastPosY = this.prevTransform[5];
    if (lastPosX === posX && lastPosY === posY) return true;
    if (current[0] && current[1] === 0 && current[2] === 0) {
      if (current[0] < 0) [posX, posY, lastPosX, lastPosY] = [-posX, -posY, -lastPosX, -lastPosY];
    } else if (current[1] && current[0] === 0 && current[3] === 0) {
      if (current[1] > 0) {
        [posX, posY] = [posY, posX];
        [lastPosX, lastPosY] = [lastPosY, lastPosX];
      } else {
        [posX, posY] = [-posY, -posX];
        [lastPosX, lastPosY] = [-lastPosY, -lastPosX];
      }
    } else {
      [posX, posY] = inverseRotation(posX, posY, current);
      [lastPosX, lastPosY] = inverseRotation(lastPosX, lastPosY, this.prevTransform);
    }
    const advanceX = (posX - lastPosX) / this.textAdvanceScale;
    const advanceY = posY - lastPosY;
    const orientation = Math.sign(this.width);
    if (advanceX < orientation * this.negativeSpaceMax) {
      if (Math.abs(advanceY) > 0.5 * this.height) {
        this.appendEOL();
        return true;
      }
      this.resetLastChars();
      this.flush();
      return true;
    }
    if (Math.abs(advanceY) > this.height) {
      this.appendEOL();
      return true;
    }
    if (advanceX <= orientation * this.notASpace) this.resetLastChars();
    if (advanceX <= orientation * this.trackingSpaceMin) {
      if (this.shouldAddWhitespace()) {
        this.resetLastChars();
        this.flush();
        this.pushWhitespace(Math.abs(advanceX), this.prevTransform);
      } else this.width += advanceX;
    } else if (!this.addFakeSpaces(state, advanceX, this.prevTransform, orientation)) {
      if (this.str.length === 0) {
        this.resetLastChars();
        this.pushWhitespace(Math.abs(advanceX), this.prevTransform);
      } else this.width += advanceX;
    }
    if (Math.abs(advanceY) > this.height * VERTICAL_SHIFT_RATIO) this.flush();
    return true;
  }

  private addFakeSpaces(state: TextState, width: number, transf: Matrix | null, orientation: number): boolean {
    if (orientation * this.spaceInFlowMin <= width && width <= orientation * this.spaceInFlowMax) {
      if (this.initialized) {
        this.resetLastChars();
        this.str.push(' ');
      }
      return false;
    }
    this.flush();
    this.resetLastChars();
    this.pushWhitespace(Math.abs(width), transf ?? state.currentTransform());
    return true;
  }
}

function inverseRotation(x: number, y: number, matrix: Matrix): [number, number] {
  const scale = Math.hypot(matrix[0], matrix[1]);
  return [(matrix[0] * x + matrix[1] * y) / scale, (matrix[2] * x + matrix[3] * y) / scale];
}
