import { describe, expect, test } from 'vitest';
import { eraseRules, type Pixels } from '../../src/ingest/page-rules.js';

/** A white picture 300 pixels square (an inch at 300 dpi) with `ink` drawn black. */
function picture(ink: Array<[number, number]>): Pixels {
  const [width, height] = [300, 300];
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  for (const [x, y] of ink) data.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
  return { data, width, height };
}

const isInk = (pixels: Pixels, x: number, y: number): boolean => (pixels.data[(y * pixels.width + x) * 4] ?? 255) < 128;

describe('ruled lines erased from a page picture before OCR', () => {
  test('when a table border runs across, turned by a degree, and another down, then both are whitened; a letter\'s stroke and a dash stay', () => {
    const ink: Array<[number, number]> = [];
    // A rule 2 pixels thick across 250 pixels, stepping down a pixel every 57 (one degree).
    for (let x = 20; x < 270; x += 1) ink.push([x, 40 + Math.floor((x - 20) / 57)], [x, 41 + Math.floor((x - 20) / 57)]);
    for (let y = 60; y < 280; y += 1) ink.push([280, y], [281, y]);
    // An "l" 60 pixels high (a 14 pt letter) and a dash 40 pixels long.
    for (let y = 150; y < 210; y += 1) ink.push([100, y], [101, y], [102, y]);
    for (let x = 150; x < 190; x += 1) ink.push([x, 200], [x, 201]);
    const pixels = picture(ink);
    expect(eraseRules(pixels, 300)).toBeGreaterThan(0);
    expect([isInk(pixels, 25, 40), isInk(pixels, 260, 44), isInk(pixels, 280, 100)]).toEqual([false, false, false]);
    expect([isInk(pixels, 101, 180), isInk(pixels, 170, 200)]).toEqual([true, true]);
  });
});
