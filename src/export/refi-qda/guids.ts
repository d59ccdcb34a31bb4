import { createHash } from 'node:crypto';

/**
 * A GUID derived from a name (the RFC 4122 name-based layout over SHA-256), so that exporting the
 * same review twice, or from two databases that ingested the same PDF, gives the same GUIDs, and
 * an import can recognise its own sources and codes.
 * guidOf('code', 'face_value') === guidOf('code', 'face_value')
 */
export function guidOf(...name: Array<string | number>): string {
  const hex = createHash('sha256').update(['lessons', ...name].join('\u001f')).digest('hex');
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** GUIDs compare without case or braces: `{ABC...}` and `abc...` are one. */
export function sameGuid(guid: string): string {
  return guid.replace(/[{}]/g, '').toLowerCase();
}
