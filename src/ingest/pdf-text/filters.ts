import { inflateSync } from 'node:zlib';
import { Dict, isName, Stream, type PdfObject } from './objects.js';
import { LIMITS, unsupported } from './unsupported.js';

/** Counts the bytes a document's streams inflate to, so a stack of zip bombs is bounded too. */
export class InflateBudget {
  private spent = 0;
  charge(bytes: number): void {
    this.spent += bytes;
    if (this.spent > LIMITS.documentBytes) unsupported('the streams inflate to too many bytes');
  }
}

/** A stream's bytes with its filters undone; only FlateDecode (with its predictors) is read. */
export function decodeStream(stream: Stream, budget: InflateBudget): Uint8Array {
  const filter = stream.dict.get('Filter');
  const params = stream.dict.get('DecodeParms');
  if (filter === undefined) return stream.raw;
  const single = Array.isArray(filter) ? (filter.length === 1 ? filter[0] : undefined) : filter;
  if (!isName(single, 'FlateDecode')) unsupported('a stream filter other than FlateDecode');
  let bytes: Uint8Array;
  try {
    bytes = inflateSync(stream.raw, { maxOutputLength: LIMITS.streamBytes });
  } catch {
    return unsupported('a stream that does not inflate');
  }
  budget.charge(bytes.length);
  const parms = Array.isArray(params) ? params[0] : params;
  return parms instanceof Dict ? unpredict(bytes, parms) : bytes;
}

function intParam(parms: Dict, key: string, fallback: number): number {
  const value: PdfObject | undefined = parms.get(key);
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 4096) unsupported(`a bad /${key} in DecodeParms`);
  return value;
}

/** Undoes a PNG predictor (10-15), as xref streams use; TIFF predictors are Unsupported. */
export function unpredict(bytes: Uint8Array, parms: Dict): Uint8Array {
  const predictor = intParam(parms, 'Predictor', 1);
  if (predictor === 1) return bytes;
  if (predictor < 10 || predictor > 15) unsupported(`predictor ${predictor}`);
  const colors = intParam(parms, 'Colors', 1);
  const bits = intParam(parms, 'BitsPerComponent', 8);
  const columns = intParam(parms, 'Columns', 1);
  const pixelBytes = Math.max(1, Math.ceil((colors * bits) / 8));
  const rowBytes = Math.ceil((colors * bits * columns) / 8);
  const rows = Math.floor(bytes.length / (rowBytes + 1));
  const out = new Uint8Array(rows * rowBytes);
  for (let row = 0; row < rows; row += 1) {
    const type = bytes[row * (rowBytes + 1)]!;
    const source = row * (rowBytes + 1) + 1;
    const target = row * rowBytes;
    for (let index = 0; index < rowBytes; index += 1) {
      const raw = bytes[source + index]!;
      const left = index >= pixelBytes ? out[target + index - pixelBytes]! : 0;
      const up = row > 0 ? out[target - rowBytes + index]! : 0;
      const upLeft = row > 0 && index >= pixelBytes ? out[target - rowBytes + index - pixelBytes]! : 0;
      out[target + index] = (raw + predict(type, left, up, upLeft)) & 0xff;
    }
  }
  return out;
}

function predict(type: number, left: number, up: number, upLeft: number): number {
  switch (type) {
    case 0:
      return 0;
    case 1:
      return left;
    case 2:
      return up;
    case 3:
      return (left + up) >> 1;
    case 4: {
      const estimate = left + up - upLeft;
      const toLeft = Math.abs(estimate - left);
      const toUp = Math.abs(estimate - up);
      const toUpLeft = Math.abs(estimate - upLeft);
      if (toLeft <= toUp && toLeft <= toUpLeft) return left;
      return toUp <= toUpLeft ? up : upLeft;
    }
    default:
      return unsupported(`PNG predictor row type ${type}`);
  }
}
