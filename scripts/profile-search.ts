/**
 * Where a warm search's time goes: serves the app in this process over --db, asks every search of
 * the bench mix once (first times, not profiled), then asks them again and again for --rounds
 * rounds under the V8 profiler and shares the sampled milliseconds out among the parts of a search
 * (the bench client's own frames left out). Prints a table of server milliseconds per request by part.
 *
 *   npx tsx scripts/profile-search.ts [--db .bench/lessons-1000.db] [--rounds 20] [--settle 20] [--first]
 *
 * FTS5 runs in worker threads, which this profile does not see; a repeated search finds its match
 * set cached, so they do next to nothing then.
 */
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { scriptArgs } from './script-args.js';
import { loadTagging } from '../src/classifier/index.js';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import { createApp } from '../src/http/app.js';
import { listen } from '../src/http/listen.js';
import { openStore } from '../src/store/store.js';
import { sampledMs, type CpuProfile, type ProfileNode } from './bench/cpu-profile.js';
import { loadLine } from './bench/processes.js';
import { SEARCHES } from './bench/search-mix.js';

const { values } = scriptArgs(import.meta.url, { options: { db: { type: 'string', default: path.join(PROJECT_ROOT, '.bench', 'lessons-1000.db') }, rounds: { type: 'string', default: '20' }, settle: { type: 'string', default: '20' }, first: { type: 'boolean', default: false } } });

/** Parts of a search, by the innermost frame that names one: [function name, file, part]. */
const PARTS: Array<[RegExp | null, RegExp | null, string]> = [
  [/^\(garbage collector\)$/, null, 'garbage collection'],
  [/^themeHints$/, null, 'theme hints (the query tagged)'],
  [null, /\/(lexicon|classifier)\//, 'theme hints (the query tagged)'],
  [/^(tagsOf|originOf|themesOf)$/, null, 'tag origins of each result'],
  [null, /\/search\/(review-scope|catalogue-filter)\.ts/, 'catalogue facets'],
  [/^(count|countMatches|emptyCounts|facetsToRecords)$/, null, 'facet counting'],
  [/^search$/, /\/search\/search\.ts/, 'facet counting'],
  [null, /\/search\/passage-index\.ts/, 'filter predicate'],
  [null, /\/store\/|better-sqlite3/, 'SQL: page rows and findings'],
  [/^(read|groupFindings)$/, null, 'SQL: page rows and findings'],
  [null, /\/search\/(highlight|query-hits)\.ts/, 'snippets: marking hits'],
  [/^toHit$/, null, 'result objects'],
  [/^(stringify|json|send)$/, null, 'JSON serialisation, sending'],
  [null, /\/http\/views\//, 'HTML rendering'],
  [null, /\/src\/(http|search)\//, 'routes and middleware, other search code'],
  [null, /node_modules\/(express|router|send|finalhandler|body-parser|qs)/, 'express'],
  [null, /^node:/, 'Node HTTP and streams'],
];

function partOf(stack: ProfileNode[]): string | null {
  const leaf = stack[0]!.callFrame.functionName;
  if (leaf === '(idle)' || leaf === '(root)') return null;
  // The bench client (fetch) runs in this process too: not the server's time.
  if (stack.some((node) => /undici|profile-search\.ts|node:inspector/.test(node.callFrame.url))) return null;
  for (const node of stack) {
    for (const [name, file, part] of PARTS) {
      if ((name === null || name.test(node.callFrame.functionName)) && (file === null || file.test(node.callFrame.url))) return part;
    }
  }
  return 'other (V8, native)';
}

const config = loadConfig({}, { db: values.db });
const store = openStore(config.db);
const app = createApp({ store, tagger: loadTagging(config, () => {}), config, log: () => {} });
const { server, url } = await listen(app, '127.0.0.1', 0);
const paths = Object.values(SEARCHES).flat().map((query) => `${url}/api/search?${query}`);
const ask = async (target: string) => (await fetch(target)).arrayBuffer();
try {
  await new Promise((resolve) => setTimeout(resolve, Number(values.settle) * 1000));
  // --first profiles the first pass (each search a first time); else the rounds after it (all repeats).
  const rounds = values.first ? 1 : Number(values.rounds);
  if (!values.first) for (const target of paths) await ask(target);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const started = performance.now();
  for (let round = 0; round < rounds; round++) for (const target of paths) await ask(target);
  const wall = performance.now() - started;
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
  const requests = rounds * paths.length;
  const parts = [...sampledMs(profile, partOf)].sort((a, b) => b[1] - a[1]);
  const total = parts.reduce((sum, [, ms]) => sum + ms, 0);
  console.log(`${requests} ${values.first ? 'first-time' : 'warm'} searches (${paths.length} of the bench mix, ${rounds} rounds, one at a time): ${(wall / requests).toFixed(2)} ms wall a request with the client; server ${(total / requests).toFixed(2)} sampled ms a request (${loadLine()})`);
  console.log('\n| part | ms a request | share |\n| --- | --- | --- |');
  for (const [part, ms] of parts) console.log(`| ${part} | ${(ms / requests).toFixed(2)} | ${((100 * ms) / total).toFixed(1)}% |`);
} finally {
  server.close();
  store.close();
}
