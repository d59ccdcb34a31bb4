import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { CHROMIUM } from '../../scripts/system-tools.js';
import { PROJECT_ROOT } from '../../src/config.js';
import type { IngestedReview } from '../../src/model/review.js';
import { startTestServer, type TestServer } from './test-server.js';

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

/**
 * For a test file: the app over `reviews` and a headless browser, started before its tests and
 * closed after them, with a fresh page for each test. Read `server` and `page` inside tests.
 */
export function browseForTests(reviews: () => IngestedReview[]): { readonly server: TestServer; readonly page: Page } {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    server = await startTestServer(reviews());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    page = await browser!.context.newPage();
    return () => page!.close();
  });
  return {
    get server(): TestServer {
      if (!server) throw new Error('the test server is not started yet');
      return server;
    },
    get page(): Page {
      if (!page) throw new Error('the browser page is opened for each test, inside it');
      return page;
    },
  };
}
