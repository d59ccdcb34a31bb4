import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadConfig, PROJECT_ROOT, SETTINGS } from '../../src/config.js';

const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');

describe('the settings table', () => {
  test.each(Object.entries(SETTINGS))('when the setting %s exists, then the README documents its flag and variable', (_, setting) => {
    const row = readme.split('\n').find((line) => line.includes(`\`${setting.flag}\``));
    expect(row, `README has no settings row for ${setting.flag}`).toBeDefined();
    expect(row).toContain(`\`${setting.env}\``);
  });

  test('when a flag and a variable both set a value, then the flag wins over the variable and the variable over the default', () => {
    expect(loadConfig({}).port).toBe(4000);
    expect(loadConfig({ LESSONS_PORT: '5000' }).port).toBe(5000);
    expect(loadConfig({ LESSONS_PORT: '5000' }, { port: '6000' }).port).toBe(6000);
    expect(loadConfig({ LESSONS_DB: 'x.db' }).db).toBe(path.resolve('x.db'));
  });

  test('when a number setting is not a number, then the error names the flag and the variable', () => {
    expect(() => loadConfig({ LESSONS_PORT: 'abc' })).toThrow(/--port \(or LESSONS_PORT\) must be a whole number, not "abc"/);
  });

  test('when the learned layer is switched or its threshold set, then only on/off and a number from 0 to 1 are taken', () => {
    expect(loadConfig({})).toMatchObject({ model: true, modelThreshold: 0.5 });
    expect(loadConfig({ LESSONS_MODEL: 'off', LESSONS_MODEL_THRESHOLD: '0.8' })).toMatchObject({ model: false, modelThreshold: 0.8 });
    expect(() => loadConfig({ LESSONS_MODEL: 'maybe' })).toThrow(/--model \(or LESSONS_MODEL\) must be "on" or "off" \(or 1 or 0\), not "maybe"/);
    for (const bad of ['1.5', '-0.1', 'high']) {
      expect(() => loadConfig({ LESSONS_MODEL_THRESHOLD: bad })).toThrow(/--model-threshold \(or LESSONS_MODEL_THRESHOLD\) must be a number from 0 to 1/);
    }
  });

  test.each([
    ['--model off', {}, { model: 'off' }, { model: false }],
    ['LESSONS_MODEL=1', { LESSONS_MODEL: '1' }, {}, { model: true }],
    ['--no-ocr', { LESSONS_OCR: 'on' }, { ocr: false }, { ocr: false }],
    ['LESSONS_OCR=off', { LESSONS_OCR: 'off' }, {}, { ocr: false }],
    ['LESSONS_OCR=true', { LESSONS_OCR: 'true' }, {}, { ocr: true }],
  ])('when a switch is set by %s, then both switches read the same words as on or off', (_, env, flags, expected) => {
    expect(loadConfig(env, flags)).toMatchObject(expected);
  });

  test('when a switch whose flag is a negation gets a bad value, then the error names its variable', () => {
    expect(() => loadConfig({ LESSONS_OCR: 'sometimes' })).toThrow(/^LESSONS_OCR must be "on" or "off" \(or 1 or 0\), not "sometimes"/);
  });

  test('when source files read the environment, then only config.ts and the CLI entry point do', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (full.endsWith('.ts') && readFileSync(full, 'utf8').includes('process.env')) offenders.push(path.relative(PROJECT_ROOT, full));
      }
    };
    walk(path.join(PROJECT_ROOT, 'src'));
    expect(offenders.sort()).toEqual(['src/cli/main.ts', 'src/config.ts']);
  });
});
