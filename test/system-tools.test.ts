import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { installFailedMessage, installingLine, planTools, TEST_TOOLS, type SystemTool } from '../scripts/system-tools.js';
import { PROJECT_ROOT } from '../src/config.js';

const chromium: SystemTool = { name: 'Chromium', executable: '/usr/bin/chromium', debianPackage: 'chromium', neededBy: 'the browser tests' };
const validator: SystemTool = { name: 'xmllint', executable: '/usr/bin/xmllint', debianPackage: 'libxml2-utils', neededBy: 'the XSD tests' };
const rootOnDebian = { root: true, debian: true };

describe('what the pretest step does about the system tools', () => {
  test.each([
    ['root on Debian', rootOnDebian],
    ['not root', { root: false, debian: true }],
    ['not Debian', { root: true, debian: false }],
  ])('when every tool is present (%s), then it does nothing', (_, machine) => {
    expect(planTools([], machine)).toEqual({ action: 'none' });
  });

  test('when chromium is missing and it runs as root on Debian, then it updates the package lists and installs chromium quietly', () => {
    expect(planTools([chromium], rootOnDebian)).toEqual({
      action: 'install',
      packages: ['chromium'],
      commands: [
        ['apt-get', '-qq', '-o', 'DPkg::Lock::Timeout=300', 'update'],
        ['apt-get', '-qq', '-o', 'DPkg::Lock::Timeout=300', 'install', '-y', 'chromium'],
      ],
    });
  });

  test('when two tools are missing, then one apt-get install brings each package once', () => {
    const plan = planTools([chromium, validator, { ...chromium, name: 'chromium again' }], rootOnDebian);
    expect(plan).toMatchObject({ packages: ['chromium', 'libxml2-utils'] });
    expect(plan.action === 'install' && plan.commands.at(-1)?.slice(-3)).toEqual(['-y', 'chromium', 'libxml2-utils']);
  });

  test('when two tools are missing and it cannot install them, then the message names both', () => {
    expect(planTools([chromium, validator], { root: false, debian: true })).toMatchObject({
      message: expect.stringMatching(/^npm test cannot run: Chromium .*, for the browser tests, and xmllint \(\/usr\/bin\/xmllint, Debian package libxml2-utils\), for the XSD tests, are missing\.\nInstall as root:\n  sudo apt-get update && sudo apt-get install -y chromium libxml2-utils\n/),
    });
  });

  test('when chromium is missing and it does not run as root, then it stops with the package, why, and the command to run with sudo', () => {
    expect(planTools([chromium], { root: false, debian: true })).toEqual({
      action: 'stop',
      message: [
        'npm test cannot run: Chromium (/usr/bin/chromium, Debian package chromium), for the browser tests, is missing.',
        'Install as root:',
        '  sudo apt-get update && sudo apt-get install -y chromium',
        'Then run npm test again; npm run test:fast runs the tests without the browser ones.',
      ].join('\n'),
    });
  });

  test('when chromium is missing on another system, then it stops and names the file to provide and the Debian command', () => {
    expect(planTools([chromium], { root: true, debian: false })).toMatchObject({
      action: 'stop',
      message: expect.stringContaining('This is not Debian, so npm test cannot install it: provide /usr/bin/chromium (on Debian: apt-get update && apt-get install -y chromium).'),
    });
  });

  test('when apt-get fails, then the message gives the reason and the command to run by hand', () => {
    const message = installFailedMessage([chromium], '`apt-get update` exited with status 100:\nE: Could not get lock');
    expect(message).toContain('Installing failed: `apt-get update` exited with status 100:\nE: Could not get lock\nInstall by hand:');
    expect(message).toContain('\n  apt-get update && apt-get install -y chromium\n');
  });

  test('when it installs, then one line says which package and for which tests', () => {
    expect(installingLine([chromium])).toBe("npm test: installing Debian's chromium with apt-get, for the browser tests ...");
  });
});

describe('the tools table against the tests and the README', () => {
  const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');

  test.each(TEST_TOOLS)('when the tests need $name, then the README says npm test installs its package', (tool) => {
    expect(readme).toContain(`Debian's \`${tool.debianPackage}\``);
  });

  test('when a test file launches the browser, then it is named *.browser.test.ts, so that npm run test:fast leaves it out', () => {
    const testFiles = readdirSync(path.join(PROJECT_ROOT, 'test'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.test.ts'));
    const launching = testFiles.filter((file) => /import \{[^}]*\blaunchBrowser\b[^}]*\} from/.test(readFileSync(path.join(PROJECT_ROOT, 'test', file), 'utf8')));
    expect(launching.length).toBeGreaterThan(0);
    expect(launching.filter((file) => !file.endsWith('.browser.test.ts'))).toEqual([]);
    const scripts = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')).scripts;
    expect(scripts['test:fast']).toContain("--exclude 'test/**/*.browser.test.ts'");
  });
});
