/**
 * Finding rows keyed by passage id, each list in the order given: how search results, review
 * pages and retag attach findings to their passages.
 * groupFindings([{ passage_id: 7, theme: 'neglect' }]).get(7)?.length === 1
 */
export function groupFindings<T extends { passage_id: number }>(rows: readonly T[]): Map<number, T[]> {
  const grouped = new Map<number, T[]>();
  for (const row of rows) {
    const list = grouped.get(row.passage_id) ?? [];
    list.push(row);
    grouped.set(row.passage_id, list);
  }
  return grouped;
}
