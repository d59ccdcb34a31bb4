import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';

describe('lessons ingest: the main thread', () => {
  test('when the built ingest command is loaded, then wink-nlp and its model are not: only the reader threads tag', () => {
    const command = pathToFileURL(path.join(PROJECT_ROOT, 'dist', 'cli', 'ingest.js')).href;
    const script = `await import(${JSON.stringify(command)}); const { createRequire } = await import('node:module'); console.log(JSON.stringify(Object.keys(createRequire(import.meta.url).cache)));`;
    const loaded = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as string[];
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.filter((file) => /wink/.test(file))).toEqual([]);
  });
});
