import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { COMMANDS } from '../../src/cli/main.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { appRoutes } from '../support/routes.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');

/** The README section under a `## heading`, up to the next one. */
function section(heading: string): string {
  const start = readme.indexOf(`\n## ${heading}\n`);
  expect(start, `README has no "## ${heading}" section`).toBeGreaterThan(-1);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

describe('the README', () => {
  test('when src/ has a folder, then the layout section lists it', () => {
    const layout = section('Layout');
    const folders = readdirSync(path.join(PROJECT_ROOT, 'src'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(folders.length).toBeGreaterThan(3);
    for (const folder of folders) expect(layout, `the layout omits src/${folder.name}/`).toContain(`src/${folder.name}/`);
  });

  test('when a command exists, then the command table shows its own usage and summary, and lists nothing else', async () => {
    const rows = section('Command line')
      .split('\n')
      .filter((line) => line.startsWith('| `lessons'));
    const expected = await Promise.all(
      Object.values(COMMANDS).map(async (load) => {
        const { command } = await load();
        return `| \`${command.usage.replaceAll('|', '\\|')}\` | ${command.summary} |`;
      }),
    );
    expect(rows).toEqual(expected);
  });

  describe('the routes table', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer([]);
    });
    afterAll(async () => server?.close());

    test('when the app answers a route, then the routes table lists it', () => {
      const table = section('Web UI and JSON API');
      const paths = appRoutes(server.app).map((route) => route.path);
      expect(paths).toContain('/api/search');
      for (const routePath of paths) {
        const listed = new RegExp(`\`${routePath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\?[^\`]*)?\``);
        expect(table, `the routes table does not list ${routePath}`).toMatch(listed);
      }
    });
  });
});
