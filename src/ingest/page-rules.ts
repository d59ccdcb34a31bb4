/** A page picture's pixels, four bytes (RGBA) each, row by row. */
export interface Pixels {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** Darker than this (0-255) is ink. */
const INK = 160;
/** Around a rule, pixels darker than this are its blurred edge, whitened with it. */
const FAINT = 225;
/** A rule is a straight run of ink at least this long, in inches: longer than any stroke of a letter up to 36 pt. */
const RULE_INCHES = 0.5;

/**
 * Whitens the ruled lines of a page picture (table borders, the rule above footnotes, a header's
 * underline) before OCR: Tesseract takes a ruled table's cells for separate blocks and reads
 * the column of row references, or a shaded header row, into the rows beside it. A rule is a run of
 * ink, across or down, longer than any letter's stroke; a scan turned by a degree or so still
 * leaves runs that long, since a rule is a few pixels thick. Returns the pixels whitened.
 */
export function eraseRules(pixels: Pixels, dpi: number): number {
  const { data, width, height } = pixels;
  const least = Math.round(RULE_INCHES * dpi);
  const grey = new Uint8Array(width * height);
  for (let at = 0; at < width * height; at += 1) grey[at] = 0.299 * (data[at * 4] ?? 255) + 0.587 * (data[at * 4 + 1] ?? 255) + 0.114 * (data[at * 4 + 2] ?? 255);
  const rule = new Uint8Array(width * height);
  // A run across may step up or down a pixel (a turned scan): ink in the pixel above or below counts.
  const inkAcross = (x: number, y: number): boolean => (grey[y * width + x] ?? 255) < INK || (y > 0 && (grey[(y - 1) * width + x] ?? 255) < INK) || (y + 1 < height && (grey[(y + 1) * width + x] ?? 255) < INK);
  const inkDown = (x: number, y: number): boolean => (grey[y * width + x] ?? 255) < INK || (x > 0 && (grey[y * width + x - 1] ?? 255) < INK) || (x + 1 < width && (grey[y * width + x + 1] ?? 255) < INK);
  for (let y = 0; y < height; y += 1) {
    let run = 0;
    for (let x = 0; x <= width; x += 1) {
      if (x < width && inkAcross(x, y)) run += 1;
      else if (run > 0) {
        if (run >= least) for (let from = x - run; from < x; from += 1) for (let dy = -1; dy <= 1; dy += 1) markInk(from, y + dy);
        run = 0;
      }
    }
  }
  for (let x = 0; x < width; x += 1) {
    let run = 0;
    for (let y = 0; y <= height; y += 1) {
      if (y < height && inkDown(x, y)) run += 1;
      else if (run > 0) {
        if (run >= least) for (let from = y - run; from < y; from += 1) for (let dx = -1; dx <= 1; dx += 1) markInk(x + dx, from);
        run = 0;
      }
    }
  }
  function markInk(x: number, y: number): void {
    if (x >= 0 && x < width && y >= 0 && y < height && (grey[y * width + x] ?? 255) < FAINT) rule[y * width + x] = 1;
  }
  let erased = 0;
  for (let at = 0; at < width * height; at += 1) {
    if (!rule[at]) continue;
    data[at * 4] = data[at * 4 + 1] = data[at * 4 + 2] = 255;
    erased += 1;
  }
  return erased;
}
