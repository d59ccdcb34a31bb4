import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { loadTagger } from '../../src/lexicon/index.js';
import { withSettledGroups } from '../support/settled-groups.js';

async function runCli(args: string[], input: string) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: '', err: '' };
  stdout.on('data', (chunk) => (chunks.out += chunk));
  stderr.on('data', (chunk) => (chunks.err += chunk));
  const status = await main(args, { stdin: Readable.from([input]), stdout, stderr, env: {}, isTTY: false });
  return { status, ...chunks };
}

test('when passages come as JSON lines, then one JSON line each, in exactly the documented shape', async () => {
  const input = [
    JSON.stringify({ id: 'p1', text: 'The mother\'s explanation was\naccepted at face value.' }),
    JSON.stringify({ id: 'p2', text: 'The family moved to the area in 2016.' }),
  ].join('\n');
  const { status, out, err } = await runCli(['tag', '--jsonl'], input);
  expect(err).toBe('');
  expect(status).toBe(0);
  const lines = out.trim().split('\n').map((line) => JSON.parse(line));
  expect(lines).toHaveLength(2);
  const [first, second] = lines;
  expect(Object.keys(first)).toEqual(['id', 'kind', 'themes', 'matches']);
  expect(first).toMatchObject({ id: 'p1', kind: 'finding', themes: ['face_value'] });
  for (const match of first.matches) {
    expect(Object.keys(match)).toEqual(['theme', 'start', 'end', 'text', 'pattern', 'source', 'score']);
    expect(match).toMatchObject({ source: 'pattern', score: null });
    expect('The mother\'s explanation was\naccepted at face value.'.slice(match.start, match.end)).toBe(match.text);
  }
  expect(second).toEqual({ id: 'p2', kind: 'narrative', themes: [], matches: [] });
});

test('when a JSON line is broken, then its line number goes to stderr, the others are tagged, and the exit is non-zero', async () => {
  const input = `${JSON.stringify({ id: 'a', text: 'No strategy discussion was held.' })}\n{"id": "b", text\n${JSON.stringify({ id: 'c', text: 'x' })}\n`;
  const { status, out, err } = await runCli(['tag', '--jsonl'], input);
  expect(status).toBe(1);
  expect(err).toMatch(/stdin:2: not valid JSON/);
  expect(out.trim().split('\n').map((line) => JSON.parse(line).id)).toEqual(['a', 'c']);
});

test('when a passage is empty or only spaces, then it is tagged with no theme and the others are tagged too', async () => {
  const input = ['', ' ', '\n\n'].map((text, at) => JSON.stringify({ id: `e${at}`, text })).concat(JSON.stringify({ id: 'c', text: 'The child was never seen alone.' })).join('\n');
  const { status, out, err } = await runCli(['tag', '--jsonl'], input);
  expect(err).toBe('');
  expect(status).toBe(0);
  expect(out.trim().split('\n').map((line) => JSON.parse(line)).map((line) => [line.id, line.themes])).toEqual([
    ['e0', []],
    ['e1', []],
    ['e2', []],
    ['c', ['child_not_seen']],
  ]);
});

test('when plain text comes in, then each blank-line paragraph is a passage numbered from 1, and --kind sets the kind', async () => {
  const { status, out } = await runCli(['tag', '--kind', 'recommendation'], 'The child was never seen alone.\n\n\nThe Board should publish this report.\n');
  expect(status).toBe(0);
  const lines = out.trim().split('\n').map((line) => JSON.parse(line));
  expect(lines.map((line) => [line.id, line.kind, line.themes])).toEqual([
    ['1', 'recommendation', ['child_not_seen']],
    ['2', 'recommendation', []],
  ]);
});

test('when --kind is not a passage kind, then the usage error names the kinds', async () => {
  const { status, err } = await runCli(['tag', '--kind', 'summary'], '');
  expect(status).toBe(2);
  expect(err).toMatch(/--kind must be one of finding, recommendation, narrative/);
});

describe('the learned layer on the command line', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lessons-model-'));
  writeFileSync(path.join(dir, 'drift.lex'), 'id: professional_drift\nlabel: Drift\ndescription: d\npattern: drift\n');
  for (const { file, source } of withSettledGroups([])) writeFileSync(path.join(dir, path.basename(file)), source);
  const model = (lexiconVersion: string) =>
    JSON.stringify({ format: 1, lexiconVersion, trainingData: 'test', learner: 'by hand', figures: {}, themes: { professional_drift: { bias: -3, weights: { stall: 5 } } } });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('when the model is on, then it tags what the patterns miss, and --model off turns it off', async () => {
    writeFileSync(path.join(dir, 'model.json'), model(loadTagger(dir).version));
    const input = JSON.stringify({ id: 'a', text: 'The work stalled for a year.' });
    const on = await runCli(['tag', '--jsonl', '--lexicons', dir], input);
    expect(on.err).toBe('');
    expect(JSON.parse(on.out).matches).toEqual([expect.objectContaining({ theme: 'professional_drift', source: 'model', text: 'The work stalled for a year.', pattern: 'model: stall +5.00' })]);
    const off = await runCli(['tag', '--jsonl', '--lexicons', dir, '--model', 'off'], input);
    expect(JSON.parse(off.out).themes).toEqual([]);
  });

  test('when the model was built with other lexicons, then a warning on stderr says how to rebuild it, and the patterns tag alone', async () => {
    writeFileSync(path.join(dir, 'model.json'), model('0123456789ab'));
    const { status, out, err } = await runCli(['tag', '--jsonl', '--lexicons', dir], JSON.stringify({ id: 'a', text: 'The work stalled for a year.' }));
    expect(status).toBe(0);
    expect(err).toMatch(/^lessons: warning: .*model\.json was trained with lexicons 0123456789ab.*npx tsx scripts\/train-model\.ts/);
    expect(JSON.parse(out).themes).toEqual([]);
  });
});
