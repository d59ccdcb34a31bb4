import { html, type SafeHtml } from './html.js';

export interface BarPoint {
  label: string;
  value: number;
  /** The tooltip and accessible text of the bar. */
  title: string;
}

/**
 * A bar chart as inline SVG, drawn on the server (no script, CSP-safe). `max` fixes the scale,
 * e.g. 1 for shares. The caller puts the same numbers in a table for screen readers.
 */
export function barChart(points: readonly BarPoint[], options: { title: string; max: number; format: (value: number) => string }): SafeHtml {
  const { left, plotHeight, step, width, height, y } = frame(points.length, { left: 40, bottom: 24, max: options.max, minStep: 18 });
  return html`<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${options.title}">
  <title>${options.title}</title>
  ${gridLines(left, width, y, options.max, options.format)}
  ${points.map((point, at) => {
    const x = left + at * step + step * 0.15;
    const top = y(point.value);
    return html`<g><title>${point.title}</title><rect class="bar" x="${x}" y="${top}" width="${step * 0.7}" height="${10 + plotHeight - top}"/>
    ${at % Math.ceil(points.length / 16) === 0 ? html`<text x="${x + step * 0.35}" y="${height - 8}" text-anchor="middle">${point.label}</text>` : ''}</g>`;
  })}
</svg>`;
}

/** The geometry of a chart of `count` bars: a plot 160 high, a step per bar, `y` mapping 0..max to the plot. */
function frame(count: number, options: { left: number; bottom: number; max: number; minStep: number }) {
  const top = 10;
  const plotHeight = 160;
  const step = Math.max(options.minStep, Math.min(48, Math.floor(720 / Math.max(count, 1))));
  const y = (value: number) => top + plotHeight - (options.max === 0 ? 0 : (value / options.max) * plotHeight);
  return { left: options.left, top, plotHeight, step, width: options.left + step * count + 10, height: top + plotHeight + options.bottom, y };
}

/** Five horizontal lines from 0 to max, labelled on the left. */
function gridLines(left: number, width: number, y: (value: number) => number, max: number, format: (value: number) => string): SafeHtml[] {
  return [0, 0.25, 0.5, 0.75, 1].map((fraction) => fraction * max).map((tick) => html`<line class="axis" x1="${left}" x2="${width - 5}" y1="${y(tick)}" y2="${y(tick)}" stroke-opacity="0.35"/><text x="${left - 4}" y="${y(tick) + 4}" text-anchor="end">${format(tick)}</text>`);
}

/** A small line of values from 0 to max, for a table cell; a null (a year without reviews) breaks the line. */
export function sparkline(values: ReadonlyArray<number | null>, options: { title: string; max: number }): SafeHtml {
  const width = 120;
  const height = 28;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const runs: string[][] = [[]];
  values.forEach((value, at) => {
    if (value === null) runs.push([]);
    else runs[runs.length - 1]!.push(`${(at * step).toFixed(1)},${(height - 2 - (options.max === 0 ? 0 : value / options.max) * (height - 4)).toFixed(1)}`);
  });
  const lines = runs.filter((run) => run.length > 0).map((run) => (run.length === 1 ? html`<circle class="dot" cx="${run[0]!.split(',')[0]}" cy="${run[0]!.split(',')[1]}" r="1.8"/>` : html`<polyline class="line" points="${run.join(' ')}"/>`));
  return html`<svg class="sparkline" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${options.title}"><title>${options.title}</title>${lines}</svg>`;
}

export interface SharePoint {
  label: string;
  /** Reviews in the bin: printed under its label; 0 leaves the bin empty. */
  reviews: number;
  share: number | null;
  low: number | null;
  high: number | null;
  title: string;
}

/**
 * Shares (0-1) on a real year axis: one slot per bin, empty bins kept, each bar with its 95%
 * interval as a whisker and its number of reviews under the year; both axes titled.
 */
export function shareChart(points: readonly SharePoint[], options: { title: string; xTitle: string; yTitle: string }): SafeHtml {
  const { left, top, plotHeight, step, width, height, y } = frame(points.length, { left: 56, bottom: 52, max: 1, minStep: 22 });
  const every = Math.ceil(points.length / 16);
  // Drawn at its own size (never blown up when there are few bars), shrunk to fit a narrow screen.
  return html`<svg class="chart share-chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${options.title}">
  <title>${options.title}</title>
  ${gridLines(left, width, y, 1, (tick) => `${Math.round(tick * 100)}%`)}
  <text transform="translate(12 ${top + plotHeight / 2}) rotate(-90)" text-anchor="middle">${options.yTitle}</text>
  ${points.map((point, at) => {
    const x = left + at * step + step * 0.15;
    const middle = x + step * 0.35;
    const labelled = at % every === 0;
    return html`<g><title>${point.title}</title>
    ${point.share !== null ? html`<rect class="bar" x="${x}" y="${y(point.share)}" width="${step * 0.7}" height="${top + plotHeight - y(point.share)}"/>` : ''}
    ${point.low !== null && point.high !== null ? html`<line class="whisker" x1="${middle}" x2="${middle}" y1="${y(point.low)}" y2="${y(point.high)}"/>` : ''}
    ${labelled ? html`<text x="${middle}" y="${top + plotHeight + 16}" text-anchor="middle">${point.label}</text>` : ''}
    <text class="count" x="${middle}" y="${top + plotHeight + 32}" text-anchor="middle">${point.reviews}</text></g>`;
  })}
  <text x="${left - 4}" y="${top + plotHeight + 32}" text-anchor="end" class="count">n</text>
  <text x="${left + (step * points.length) / 2}" y="${height - 6}" text-anchor="middle">${options.xTitle}</text>
</svg>`;
}

/** Heatmap labels longer than this are cut (the full label is the tooltip). */
const LABEL_CHARS = 32;

export interface HeatCell {
  row: number;
  column: number;
  /** null draws an empty cell. */
  value: number | null;
  title: string;
}

/**
 * A square heatmap: rows and columns share the labels; colour runs from blue (below `middle`)
 * through white to red (above), saturating at `middle` / `spread` and `middle` * `spread`.
 */
export function heatmap(labels: readonly string[], cells: readonly HeatCell[], options: { title: string; middle: number; spread: number }): SafeHtml {
  const cell = 24;
  const left = 250;
  const top = 170;
  const size = labels.length * cell;
  const short = (label: string) => (label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label);
  return html`<svg class="chart heatmap" viewBox="0 0 ${left + size + 100} ${top + size + 70}" role="img" aria-label="${options.title}">
  <title>${options.title}</title>
  ${labels.map((label, at) => html`<text x="${left - 6}" y="${top + at * cell + cell * 0.68}" text-anchor="end"><title>${label}</title>${short(label)}</text>
  <text transform="translate(${left + at * cell + cell * 0.65} ${top - 6}) rotate(-60)"><title>${label}</title>${short(label)}</text>`)}
  ${cells.map((c) => html`<rect x="${left + c.column * cell}" y="${top + c.row * cell}" width="${cell - 1}" height="${cell - 1}" fill="${heatColour(c.value, options.middle, options.spread)}"><title>${c.title}</title></rect>`)}
  ${heatLegend(left, top + size + 20, options)}
</svg>`;
}

/** The colour scale under a heatmap: seven steps from middle / spread to middle x spread, labelled at both ends and the middle. */
function heatLegend(x: number, y: number, options: { middle: number; spread: number }): SafeHtml {
  const steps = [-1, -2 / 3, -1 / 3, 0, 1 / 3, 2 / 3, 1];
  const width = 36;
  const value = (position: number) => options.middle * options.spread ** position;
  const label = (position: number, text: string) => html`<text x="${x + (steps.indexOf(position) + 0.5) * width}" y="${y + 34}" text-anchor="middle">${text}</text>`;
  return html`<g class="legend">${steps.map((position, at) => html`<rect x="${x + at * width}" y="${y}" width="${width}" height="16" fill="${heatColour(value(position), options.middle, options.spread)}" stroke="#9aa3b2" stroke-width="0.5"/>`)}
  ${label(-1, `${value(-1)} or less`)}${label(0, `${options.middle} (chance)`)}${label(1, `${value(1)} or more`)}</g>`;
}

function heatColour(value: number | null, middle: number, spread: number): string {
  if (value === null) return '#eeeeee';
  // Position on a log scale, -1 (middle / spread or less) to +1 (middle * spread or more).
  const position = Math.max(-1, Math.min(1, Math.log(Math.max(value, 1e-6) / middle) / Math.log(spread)));
  const fade = (full: number) => Math.round(255 - (255 - full) * Math.abs(position));
  return position >= 0 ? `rgb(${fade(200)},${fade(60)},${fade(40)})` : `rgb(${fade(40)},${fade(100)},${fade(200)})`;
}
