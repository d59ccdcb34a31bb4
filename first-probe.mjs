import Database from 'better-sqlite3';
const db = new Database(process.argv[2], { readonly: true });
const varints = (buf) => { const out = []; let at = 0; while (at < buf.length) { let v = 0, shift = 0, b; do { b = buf[at++]; v += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80 && shift < 56); out.push(v); } return out; };
// sqlite varint is big-endian 7-bit groups!
const sqlVarints = (buf) => { const out = []; let at = 0; while (at < buf.length) { let v = 0; for (let i = 0; i < 9; i++) { const b = buf[at++]; if (i === 8) { v = v * 256 + b; break; } v = v * 128 + (b & 0x7f); if (!(b & 0x80)) break; } out.push(v); } return out; };
const avg = db.prepare('SELECT block FROM passages_fts_data WHERE id = 1').pluck().get();
console.log('avg', sqlVarints(avg), db.prepare('SELECT count(*) FROM passages').pluck().get());
const [nRow, nTok] = sqlVarints(avg);
let s = performance.now();
const len = new Uint16Array(2_200_000);
for (const [id, sz] of db.prepare('SELECT id, sz FROM passages_fts_docsize').raw().iterate()) len[id] = sqlVarints(sz)[0];
console.log('docsize ms', performance.now() - s);
const all = db.prepare('SELECT rowid, rank FROM passages_fts WHERE passages_fts MATCH ?').raw();
const k1 = 1.2, b = 0.75, avgdl = nTok / nRow;
for (const term of ['assess', 'child', 'drift', 'the', 'interpret']) {
  const rows = all.all(`"${term}"`);
  const nHit = rows.length;
  let idf = db.prepare('SELECT ln(?)').pluck().get((nRow - nHit + 0.5) / (nHit + 0.5)); console.log('js', Math.log((nRow - nHit + 0.5) / (nHit + 0.5)), 'c', idf); if (idf <= 0) idf = 1e-6;
  let bad = 0, maxTf = 0;
  for (const [id, rank] of rows) {
    const D = len[id];
    const K = k1 * (1 - b + b * D / avgdl);
    const sc = -rank;
    const tf = Math.round(sc * K / (idf * (k1 + 1) - sc));
    maxTf = Math.max(maxTf, tf);
    let score = 0; score += idf * ((tf * (k1 + 1.0)) / (tf + k1 * (1 - b + b * D / avgdl)));
    if (-1.0 * score !== rank) bad++;
  }
  console.log(term, nHit, 'bad', bad, 'maxTf', maxTf);
}
