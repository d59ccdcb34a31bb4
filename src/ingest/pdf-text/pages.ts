import { asDict, Dict, isName, Ref, Stream, type PdfObject } from './objects.js';
import { LIMITS, unsupported } from './unsupported.js';
import type { XrefTable } from './xref.js';

/** A page as the text reader needs it: its content streams, resources and visible box. */
export interface PageSource {
  contents: Stream[];
  resources: Dict;
  /** The visible box [x0, y0, x1, y1]: the MediaBox, cut to the CropBox as pdf.js does. */
  view: [number, number, number, number];
  rotate: number;
}

interface Inherited {
  resources?: PdfObject;
  mediaBox?: PdfObject;
  cropBox?: PdfObject;
  rotate?: PdfObject;
}

/** Walks the page tree in order, handing down Resources, MediaBox, CropBox and Rotate. */
export function listPages(xref: XrefTable): PageSource[] {
  const catalog = asDict(xref.resolve(xref.trailer.get('Root')), 'the catalog');
  const root = asDict(xref.resolve(catalog.get('Pages')), 'the page tree');
  const pages: PageSource[] = [];
  walk(xref, root, {}, pages, new Set(), 0);
  if (xref.resolve(root.get('Count')) !== pages.length) unsupported('the page tree /Count does not match its pages');
  return pages;
}

function walk(xref: XrefTable, node: Dict, inherited: Inherited, pages: PageSource[], seen: Set<number>, depth: number): void {
  if (depth > LIMITS.pageTreeDepth) unsupported('a page tree too deep');
  const here: Inherited = {
    resources: node.get('Resources') ?? inherited.resources,
    mediaBox: node.get('MediaBox') ?? inherited.mediaBox,
    cropBox: node.get('CropBox') ?? inherited.cropBox,
    rotate: node.get('Rotate') ?? inherited.rotate,
  };
  const type = xref.resolve(node.get('Type'));
  if (isName(type, 'Page')) {
    pages.push(pageSource(xref, node, here));
    return;
  }
  if (!isName(type, 'Pages')) unsupported('a page tree node that is neither Page nor Pages');
  const kids = xref.resolve(node.get('Kids'));
  if (!Array.isArray(kids)) unsupported('a page tree node without /Kids');
  for (const kid of kids) {
    if (!(kid instanceof Ref) || seen.has(kid.num)) unsupported('a page tree kid that is not a fresh reference');
    seen.add(kid.num);
    walk(xref, asDict(xref.fetch(kid), 'a page tree node'), here, pages, seen, depth + 1);
    if (pages.length > LIMITS.objects) unsupported('too many pages');
  }
}

function pageSource(xref: XrefTable, node: Dict, inherited: Inherited): PageSource {
  const mediaBox = box(xref, inherited.mediaBox);
  if (!mediaBox) unsupported('a page without a usable MediaBox');
  const cropBox = inherited.cropBox === undefined ? null : box(xref, inherited.cropBox);
  const view = cropBox && !cropBox.every((value, index) => value === mediaBox[index]) ? intersect(cropBox, mediaBox) : mediaBox;
  const rotateValue = xref.resolve(inherited.rotate) ?? 0;
  if (typeof rotateValue !== 'number' || !Number.isInteger(rotateValue)) unsupported('a bad /Rotate');
  const rotate = rotateValue % 90 !== 0 ? 0 : ((rotateValue % 360) + 360) % 360;
  const contentsValue = xref.resolve(node.get('Contents'));
  const parts = contentsValue === undefined || contentsValue === null ? [] : Array.isArray(contentsValue) ? contentsValue.map((part) => xref.resolve(part)) : [contentsValue];
  if (!parts.every((part): part is Stream => part instanceof Stream)) unsupported('page contents that are not streams');
  const resources = xref.resolve(inherited.resources);
  return { contents: parts, resources: resources instanceof Dict ? resources : new Dict(), view, rotate };
}

function box(xref: XrefTable, value: PdfObject | undefined): [number, number, number, number] | null {
  const array = xref.resolve(value);
  if (!Array.isArray(array) || array.length !== 4) return null;
  const numbers = array.map((item) => xref.resolve(item));
  if (!numbers.every((item): item is number => typeof item === 'number')) return null;
  const [x0, y0, x1, y1] = numbers as [number, number, number, number];
  const normal: [number, number, number, number] = [Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)];
  return normal[2] - normal[0] > 0 && normal[3] - normal[1] > 0 ? normal : null;
}

function intersect(a: readonly number[], b: readonly number[]): [number, number, number, number] {
  const result: [number, number, number, number] = [Math.max(a[0]!, b[0]!), Math.max(a[1]!, b[1]!), Math.min(a[2]!, b[2]!), Math.min(a[3]!, b[3]!)];
  if (result[2] - result[0] <= 0 || result[3] - result[1] <= 0) unsupported('a CropBox outside the MediaBox');
  return result;
}
