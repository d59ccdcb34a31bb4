/** The byte-order mark that makes Excel read a CSV file as UTF-8. */
export const UTF8_BOM = '\uFEFF';

/**
 * One CSV line (RFC 4180: quoted when needed, quotes doubled, CRLF). A text cell that a
 * spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a leading
 * apostrophe, so an exported passage can never execute in Excel.
 * csvLine(['a,b', '=SUM(A1)', 3]) === '"a,b",\'=SUM(A1),3\r\n'
 */
export function csvLine(values: ReadonlyArray<string | number | null>): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
