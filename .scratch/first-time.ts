import { SearchEngine } from '../src/search/search.js';
import { fullTextPool } from '../src/search/fts-pool.js';
import { searchRequest } from '../src/search/search-request.js';
import { openStore } from '../src/store/store.js';
const file = process.argv[2]!;
const store = openStore(file, { readonly: true });
const engine = new SearchEngine(store.search, { background: true, fullText: fullTextPool({ file, size: 2, timeoutMs: 30000 }) });
const started = performance.now();
const snap = () => (engine as any).snapshots.current();
engine.index();
let last = -1;
for (let i = 0; i < 400; i++) {
  await new Promise((r) => setTimeout(r, 500));
  const terms = snap().terms;
  const n = terms.warm.size;
  if (i % 10 === 0) console.log(((performance.now() - started) / 1000).toFixed(0), 's basis', !!terms.basis, 'warm', n);
  if (n === last && n > 0 && i > 20) break;
  last = n;
}
const cpu0 = process.cpuUsage();
for (const [q, year] of [['child', undefined], ['mother', undefined], ['agencies', undefined], ['child', '2001'], ['health', undefined], ['plan*', undefined]]) {
  const s = performance.now(); const c = process.cpuUsage();
  await engine.search(searchRequest({ q, yearFrom: year }));
  const u = process.cpuUsage(c);
  console.log(q, (performance.now() - s).toFixed(1), 'ms wall', ((u.user + u.system) / 1000).toFixed(1), 'ms cpu');
}
process.exit(0);
