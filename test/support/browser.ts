import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM } from '../../scripts/system-tools.js';
import { PROJECT_ROOT } from '../../src/config.js';

/** Where browser tests leave their screenshots (gitignored). */
export const ARTIFACTS = path.join(PROJECT_ROOT, 'test-artifacts');

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Debian's Chromium (the pretest step of `npm test` installs it), headless, offline, with a fresh profile in a temp folder. */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const profile = mkdtempSync(path.join(tmpdir(), 'lessons-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
