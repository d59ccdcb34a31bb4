import Database from 'better-sqlite3';
const db = new Database(process.argv[2], { readonly: true });
db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vi USING fts5vocab(main, 'passages_fts', 'instance')");
const t = (label, f) => { const s = performance.now(); const r = f(); console.log(label, (performance.now() - s).toFixed(1), 'ms', r); };
const g = db.prepare('SELECT doc, count(*) FROM temp.vi WHERE term = ? GROUP BY doc').raw();
const gr = db.prepare('SELECT doc, count(*) FROM temp.vi WHERE term >= ? AND term < ? GROUP BY doc').raw();
const p = db.prepare('SELECT doc FROM temp.vi WHERE term = ?').pluck();
const ids = db.prepare('SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?').pluck();
for (const w of ['interpret', 'drift', 'delai', 'assess']) {
  t(w + ' group', () => g.all(w).length);
  t(w + ' pluck', () => p.all(w).length);
  t(w + ' ids', () => ids.all(`"${w}"`).length);
}
t('plan* group', () => gr.all('plan', 'plao').length);
t('plan* ids', () => ids.all('"plan"*').length);
const q = db.prepare("SELECT term, doc, cnt FROM temp.vr WHERE term >= ? AND term < ?");
db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vr USING fts5vocab(main, 'passages_fts', 'row')");
t('plan* vocab', () => db.prepare("SELECT term, doc, cnt FROM temp.vr WHERE term >= ? AND term < ?").raw().all('plan', 'plao'));
