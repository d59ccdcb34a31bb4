import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';

const SRC = path.join(PROJECT_ROOT, 'src');

/** Every static import and re-export of each source file, type-only ones included, as paths under src/. */
function importGraph(): Map<string, string[]> {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const source = readFileSync(path.join(SRC, file), 'utf8');
    const targets = [...source.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+'(\.{1,2}\/[^']+)'/gms)].map((match) =>
      path.normalize(path.join(path.dirname(file), match[1]!.replace(/\.js$/, '.ts'))),
    );
    graph.set(path.normalize(file), targets);
  }
  return graph;
}

/** The strongly connected components of more than one file, or of one file importing itself (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || graph.get(node)!.includes(node)) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('the import graph', () => {
  test('when the sources import one another, then no file reaches itself again, not even through type-only imports', () => {
    expect(cycles(importGraph())).toEqual([]);
  });

  test('when two files import each other, then the cycle finder reports them (so the test above can fail)', () => {
    const graph = new Map([['a.ts', ['b.ts']], ['b.ts', ['a.ts', 'c.ts']], ['c.ts', []]]);
    expect(cycles(graph)).toEqual([['a.ts', 'b.ts']]);
  });
});
