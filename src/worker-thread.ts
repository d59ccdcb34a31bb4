import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread from the module `name` beside `caller` (pass `import.meta.url`).
 * Compiled, that is a plain .js file. Under the TypeScript test runner it is the .ts source, loaded
 * through tsx's loader registered inside the thread, because a worker ignores an `--import` flag.
 * startWorker(import.meta.url, './ingest-worker', { workerData })
 */
export function startWorker(caller: string, name: string, options: WorkerOptions = {}): Worker {
  if (!caller.endsWith('.ts')) return new Worker(new URL(`${name}.js`, caller), options);
  // tsx's exports map sends `import 'tsx/esm/api'` here; require.resolve would pick its CommonJS twin.
  const loader = pathToFileURL(path.join(path.dirname(createRequire(caller).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  const entry = new URL(`${name}.ts`, caller).href;
  const source = `import(${JSON.stringify(loader)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(source, { ...options, eval: true });
}
