/** What pdf.js gives for drawing a page: its size at a scale, and a render into a canvas. */
export interface RenderablePage {
  getViewport(options: { scale: number }): { width: number; height: number };
  render(options: { canvasContext: unknown; viewport: unknown; canvas: unknown }): { promise: Promise<void> };
}

/** The canvas pdf.js draws on in Node: `@napi-rs/canvas`, made by the loaded document's factory. */
export interface PageCanvas {
  width: number;
  height: number;
  toBuffer(mime: 'image/png'): Buffer;
  toBuffer(mime: 'image/jpeg', quality?: number): Buffer;
  getContext(kind: '2d'): CanvasContext;
}

/** The part of a 2D canvas context used here (the project compiles without the DOM's types). */
export interface CanvasContext {
  fillStyle: string;
  strokeStyle: string;
  lineWidth: number;
  font: string;
  fillRect(x: number, y: number, width: number, height: number): void;
  strokeRect(x: number, y: number, width: number, height: number): void;
  fillText(text: string, x: number, y: number): void;
  translate(x: number, y: number): void;
  rotate(radians: number): void;
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  drawImage(image: PageCanvas, x: number, y: number): void;
  getImageData(x: number, y: number, width: number, height: number): { data: Uint8ClampedArray; width: number; height: number };
  putImageData(image: { data: Uint8ClampedArray; width: number; height: number }, x: number, y: number): void;
}

export interface CanvasFactory {
  create(width: number, height: number): { canvas: PageCanvas; context: CanvasContext };
}

/**
 * A page drawn at a resolution, white behind it. The pixel count is capped so that a page the size
 * of a poster (a hostile or broken PDF) is drawn at a lower resolution instead of exhausting memory:
 * 40 megapixels is an A4 page at 640 dpi.
 * renderPage(page, doc.canvasFactory, 300) -> { canvas, scale: 300 / 72 }
 */
export async function renderPage(page: RenderablePage, factory: CanvasFactory, dpi: number, maxPixels = 40e6): Promise<{ canvas: PageCanvas; scale: number }> {
  const points = page.getViewport({ scale: 1 });
  const scale = Math.min(dpi / 72, Math.sqrt(maxPixels / (points.width * points.height)));
  const viewport = page.getViewport({ scale });
  const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvasContext: context, viewport, canvas }).promise;
  return { canvas, scale };
}
