/**
 * The pretest step of `npm test`: makes sure the system tools of scripts/system-tools.ts are there.
 * A missing one is installed with apt-get when this runs as root on Debian, and one line says what
 * was installed; otherwise it stops with the command to run and exit status 1. Silent when nothing
 * is missing. It runs before the build, so it imports nothing from src/ or dist/.
 *   npx tsx scripts/test-tools.ts
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { installFailedMessage, installingLine, planTools, TEST_TOOLS, type SystemTool } from './system-tools.js';

const missingTools = (tools: readonly SystemTool[]): SystemTool[] => tools.filter((tool) => !isExecutable(tool.executable));
const missing = missingTools(TEST_TOOLS);
const plan = planTools(missing, { root: process.getuid?.() === 0, debian: existsSync('/etc/debian_version') });
if (plan.action === 'stop') stop(plan.message);
if (plan.action === 'install') {
  const started = Date.now();
  process.stdout.write(`${installingLine(missing)} `);
  for (const [command, ...args] of plan.commands) {
    // Quiet and non-interactive: apt's output is shown only when it fails.
    const run = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (run.status !== 0) {
      const output = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim().split('\n').slice(-5).join('\n');
      installFailed(missing, `\`${[command, ...args].join(' ')}\` ${run.error ? `could not run (${run.error.message})` : `exited with status ${run.status}`}${output ? `:\n${output}` : ''}`);
    }
  }
  const still = missingTools(missing);
  if (still.length > 0) installFailed(still, `apt-get succeeded, but ${still.map((tool) => tool.executable).join(' and ')} is still missing.`);
  console.log(`done in ${Math.round((Date.now() - started) / 1000)} s.`);
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function installFailed(tools: readonly SystemTool[], reason: string): never {
  console.log('failed.');
  stop(installFailedMessage(tools, reason));
}

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}
