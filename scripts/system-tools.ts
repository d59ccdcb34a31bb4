/**
 * The system tools the tests need beyond npm packages, and the decision of what to do when one is
 * missing. Pure: scripts/test-tools.ts, the pretest step of `npm test`, looks at the machine and
 * carries the plan out.
 *   planTools(TEST_TOOLS, { root: true, debian: true })
 *   // -> { action: 'install', packages: ['chromium'], commands: [[apt-get ... update], [apt-get ... install -y chromium]] }
 */

/** Where Debian's chromium package puts the browser that the browser tests drive. */
export const CHROMIUM = '/usr/bin/chromium';

export interface SystemTool {
  name: string;
  /** How it is detected: an executable file at this path. */
  executable: string;
  debianPackage: string;
  /** Which tests need it, and through what. */
  neededBy: string;
}

/**
 * One line per tool. A tool that installs from npm (a WebAssembly build, say) needs no line:
 * `npm install` brings it. Chromium cannot: a browser build cannot be downloaded here, Debian's can.
 */
export const TEST_TOOLS: readonly SystemTool[] = [
  { name: 'Chromium', executable: CHROMIUM, debianPackage: 'chromium', neededBy: 'the browser tests (*.browser.test.ts, through playwright-core)' },
  { name: 'xmllint', executable: '/usr/bin/xmllint', debianPackage: 'libxml2-utils', neededBy: 'the REFI-QDA schema tests (test/export, xmllint --schema)' },
];

export interface Machine {
  root: boolean;
  debian: boolean;
}

export type ToolPlan =
  | { action: 'none' }
  | { action: 'install'; packages: string[]; commands: [string, ...string[]][] }
  | { action: 'stop'; message: string };

/** What to do about the missing tools: nothing, install them with apt-get, or stop and say how. */
export function planTools(missing: readonly SystemTool[], machine: Machine): ToolPlan {
  if (missing.length === 0) return { action: 'none' };
  const packages = packagesOf(missing);
  if (!machine.debian) {
    return { action: 'stop', message: stopMessage(missing, `This is not Debian, so npm test cannot install it: provide ${missing.map((tool) => tool.executable).join(' and ')} (on Debian: ${aptCommandLine(packages, true)}).`) };
  }
  if (!machine.root) {
    return { action: 'stop', message: stopMessage(missing, `Install as root:\n  ${aptCommandLine(packages, false)}`) };
  }
  // Wait for the package lock rather than fail when another apt-get (an unattended upgrade) holds it.
  const apt: [string, ...string[]] = ['apt-get', '-qq', '-o', 'DPkg::Lock::Timeout=300'];
  return { action: 'install', packages, commands: [[...apt, 'update'], [...apt, 'install', '-y', ...packages]] };
}

/** The message when apt-get was tried and the tools are still missing; `reason` says what went wrong. */
export function installFailedMessage(missing: readonly SystemTool[], reason: string): string {
  return stopMessage(missing, `Installing failed: ${reason}\nInstall by hand:\n  ${aptCommandLine(packagesOf(missing), true)}`);
}

/** The one line that says what is being installed; the runner ends it with the outcome. */
export function installingLine(missing: readonly SystemTool[]): string {
  return `npm test: installing Debian's ${packagesOf(missing).join(', ')} with apt-get, for ${missing.map((tool) => tool.neededBy).join('; ')} ...`;
}

function stopMessage(missing: readonly SystemTool[], howToInstall: string): string {
  const needs = missing.map((tool) => `${tool.name} (${tool.executable}, Debian package ${tool.debianPackage}), for ${tool.neededBy},`);
  return [
    `npm test cannot run: ${needs.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} missing.`,
    howToInstall,
    'Then run npm test again; npm run test:fast runs the tests without the browser ones.',
  ].join('\n');
}

function packagesOf(tools: readonly SystemTool[]): string[] {
  return [...new Set(tools.map((tool) => tool.debianPackage))];
}

function aptCommandLine(packages: readonly string[], root: boolean): string {
  const sudo = root ? '' : 'sudo ';
  return `${sudo}apt-get update && ${sudo}apt-get install -y ${packages.join(' ')}`;
}
