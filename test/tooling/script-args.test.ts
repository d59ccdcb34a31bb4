import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';

const runEval = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 60_000 });

test('a script given --help prints its usage comment and exits 0', () => {
  const { status, stdout } = runEval('--help');
  expect(status).toBe(0);
  expect(stdout).toContain('npx tsx scripts/eval.ts --behaviour');
  expect(stdout).not.toContain('*/');
});

test('a script given an unknown option says which, prints its usage and exits 2, without a stack trace', () => {
  const { status, stderr } = runEval('--layers', 'both');
  expect(status).toBe(2);
  expect(stderr).toContain("Unknown option '--layers'");
  expect(stderr).toContain('npx tsx scripts/eval.ts --behaviour');
  expect(stderr).not.toMatch(/^\s+at /m);
});
