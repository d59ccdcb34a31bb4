import { InputError } from '../errors.js';
import type { ExportFormat } from './export-format.js';
import { qdcFormat, qdpxFormat } from './refi-qda/qdpx-format.js';
import { csvFormat, jsonFormat } from './table-formats.js';

/** Every export format by name: `lessons export --format NAME` and `GET /api/export.NAME`. */
export const EXPORT_FORMATS: ReadonlyMap<string, ExportFormat> = new Map([csvFormat, jsonFormat, qdpxFormat, qdcFormat].map((format) => [format.name, format]));

/** exportFormat('qdpx').extension === 'qdpx'; an unknown name is an InputError listing the known ones. */
export function exportFormat(name: string | undefined): ExportFormat {
  const format = name === undefined ? undefined : EXPORT_FORMATS.get(name);
  if (!format) throw new InputError(`${name === undefined ? 'no export format given' : `unknown export format "${name}"`}: use one of ${[...EXPORT_FORMATS.keys()].join(', ')}.`, 'bad_format');
  return format;
}
