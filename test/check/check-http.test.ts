import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase } from '../../src/store/database.js';
import { writeDatabase } from '../support/check-corpus.js';
import { researchCorpus } from '../support/research-corpus.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';

const BAD = path.resolve(import.meta.dirname, '..', 'fixtures', 'bad');
/** A draft with no family-involvement statement, nothing of the child's views and no dated recommendation. */
const VOICELESS = path.resolve(import.meta.dirname, '..', 'fixtures', 'quality-drafts', 'canal-no-voice.md');
/** Words that occur nowhere but in the draft: if they turn up in a file or a log, the draft leaked. */
const SECRET = 'Quillon Vantablack-Pemberton';

let dir: string;
let dbFile: string;
let server: ServerProcess;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'lessons-check-http-'));
  dbFile = path.join(dir, 'lessons.db');
  writeDatabase(dbFile, researchCorpus());
  server = await startServerProcess(['--db', dbFile, '--max-upload-mb', '1']);
});
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function draftNaming(name: string): string {
  return [
    `# Serious Case Review: ${name}`,
    '## 2. Involvement of the family',
    `2.1 The mother of ${name} was invited to contribute to the review and met the reviewer twice.`,
    '## 4. Analysis',
    `4.1 The social worker accepted the explanation of ${name} at face value and did not check it with the school.`,
    `4.2 ${name}'s partner was not known to any agency and no checks were made on him.`,
    '## 5. Recommendations',
    '5.1 Practitioners should identify and engage every adult who lives in or regularly visits the household.',
  ].join('\n\n');
}

/** Posts a draft as the API or the page's form does; the form carries the token its page gave. */
async function upload(route: string, file: { name: string; bytes: Uint8Array; type?: string }, fields: Record<string, string> = {}): Promise<Response> {
  const form = new FormData();
  if (route === '/check') form.append('token', /name="token" value="([^"]+)"/.exec(await (await fetch(`${server.url}/check`)).text())?.[1] ?? '');
  form.append('draft', new Blob([file.bytes], { type: file.type ?? 'application/octet-stream' }), file.name);
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return fetch(`${server.url}${route}`, { method: 'POST', body: form });
}

/** The database's files, byte for byte, and its row counts through a read-only connection. */
function snapshot() {
  const files = ['', '-wal'].map((suffix) => {
    const file = `${dbFile}${suffix}`;
    if (!existsSync(file)) return { file, exists: false };
    const bytes = readFileSync(file);
    return { file, exists: true, size: bytes.length, mtime: statSync(file).mtimeMs, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
  const db = openDatabase(dbFile, { readonly: true });
  const counts = db.prepare('SELECT (SELECT count(*) FROM reviews) AS reviews, (SELECT count(*) FROM passages) AS passages, (SELECT count(*) FROM findings) AS findings, (SELECT count(*) FROM passage_themes) AS themes').get();
  db.close();
  return { files, counts };
}

/** Files under `root` (at any depth) that hold `text`. */
function filesContaining(root: string, text: string, only?: (name: string) => boolean): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (!entry.isFile() || (only && !only(file))) continue;
    try {
      if (readFileSync(file).includes(text)) found.push(file);
    } catch {
      // Another test's file, gone or unreadable in the meantime: not ours.
    }
  }
  return found;
}

describe('checking a draft through the web server', () => {
  test('when a board checks a draft, then the database files, row counts and server log are unchanged and hold no draft text', async () => {
    const before = snapshot();
    const logBefore = server.stdout() + server.stderr();
    const started = Date.now();
    const temporary = new Set(readdirSync(tmpdir()));

    const api = await upload('/api/check', { name: 'secret-draft.md', bytes: Buffer.from(draftNaming(SECRET)) });
    expect(api.status).toBe(200);
    const report = (await api.json()) as { summary: string; themes: Array<{ theme: string; passages: Array<{ text: string }> }>; quality: { criteria: Array<{ id: string; evidence: Array<{ text: string }> }> } };
    expect(report.themes.map((theme) => theme.theme)).toEqual(expect.arrayContaining(['face_value', 'hidden_men']));
    // The quality section quotes the draft too: what it shows must not leak either.
    const family = report.quality.criteria.find((criterion) => criterion.id === 'family_involvement');
    expect(family?.evidence.map((passage) => passage.text)).toEqual([expect.stringContaining(SECRET)]);
    const page = await upload('/check', { name: 'secret-draft.md', bytes: Buffer.from(draftNaming(SECRET)) });
    expect(page.status).toBe(200);
    const pageHtml = await page.text();
    expect(pageHtml).toContain(report.summary);
    expect(pageHtml.slice(pageHtml.indexOf('id="quality-family_involvement"'))).toMatch(new RegExp(`^[^]*?<li class="cited-passage">[^]*?${SECRET}`));

    expect(snapshot()).toEqual(before);
    expect(before.files[1]).toMatchObject({ exists: true, size: 0 });
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(`${dbFile}${suffix}`)) expect(readFileSync(`${dbFile}${suffix}`).includes(SECRET), suffix || 'main file').toBe(false);
    }
    // The request lines reach the pipe a moment after the responses.
    const newLog = () => (server.stdout() + server.stderr()).slice(logBefore.length);
    await expect.poll(() => newLog().trim().split('\n').length).toBe(3);
    const logged = newLog();
    expect(logged).not.toContain(SECRET);
    expect(logged).not.toContain('secret-draft');
    // The form's page is fetched first, for its token.
    expect(logged.trim().split('\n')).toEqual([expect.stringMatching(/^POST \/api\/check 200 [\d.]+ms$/), expect.stringMatching(/^GET \/check 200 [\d.]+ms$/), expect.stringMatching(/^POST \/check 200 [\d.]+ms$/)]);
    const newEntries = readdirSync(tmpdir()).filter((name) => !temporary.has(name)).map((name) => path.join(tmpdir(), name));
    const leaked = newEntries.flatMap((entry) => (statSync(entry).isDirectory() ? filesContaining(entry, SECRET) : filesContaining(path.dirname(entry), SECRET, (file) => file === entry)));
    expect(leaked).toEqual([]);
    expect(filesContaining(dir, SECRET, (file) => statSync(file).mtimeMs >= started)).toEqual([]);
  });

  test('when the officer ticks "Add this draft to the corpus", then the draft is stored as a review', async () => {
    const name = 'Ottoline Draftsaved';
    const before = snapshot().counts as { reviews: number };
    const response = await upload('/check', { name: 'to-keep.md', bytes: Buffer.from(draftNaming(name)) }, { save: '1' });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('added to the corpus');
    const db = openDatabase(dbFile, { readonly: true });
    const stored = db.prepare("SELECT count(*) AS n FROM passages WHERE text LIKE '%' || ? || '%'").get(name) as { n: number };
    db.close();
    expect((snapshot().counts as { reviews: number }).reviews).toBe(before.reviews + 1);
    expect(stored.n).toBeGreaterThan(0);
  });

  test.each([
    ['an image', 415, 'unsupported_type', { name: 'scan.png', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) }, /"scan\.png" is a PNG image.*PDF, Word/],
    ['over the 1 MB limit', 413, 'too_large', { name: 'huge.pdf', bytes: Buffer.alloc(1024 * 1024 + 10, 0x25) }, /larger than the 1 MB limit.*--max-upload-mb/],
    ['a corrupt PDF', 422, 'corrupt', { name: 'corrupt.pdf', bytes: readFileSync(path.join(BAD, 'corrupt.pdf')) }, /"corrupt\.pdf" could not be read: the PDF is corrupt/],
    ['a truncated PDF', 422, 'corrupt', { name: 'truncated.pdf', bytes: readFileSync(path.join(BAD, 'truncated.pdf')) }, /"truncated\.pdf" could not be read/],
    ['a password-protected PDF', 422, 'encrypted', { name: 'encrypted.pdf', bytes: readFileSync(path.join(BAD, 'encrypted.pdf')) }, /"encrypted\.pdf" could not be read: the PDF is password-protected/],
    ['a scan without a text layer', 422, 'no_text', { name: 'image-only.pdf', bytes: readFileSync(path.join(BAD, 'image-only.pdf')) }, /has no text layer.*OCR/],
    ['an empty file', 422, 'empty', { name: 'empty.pdf', bytes: Buffer.alloc(0) }, /"empty\.pdf" is empty \(0 bytes\)/],
    ['text with no paragraphs', 422, 'empty', { name: 'blank.txt', bytes: Buffer.from('\n  \n\t\n') }, /"blank\.txt" contains no paragraphs of text/],
  ])('when the draft is %s, then the API answers %i with the error body and the form shows the same message', async (_, status, code, file, message) => {
    const api = await upload('/api/check', file);
    expect(api.status).toBe(status);
    expect(await api.json()).toEqual({ ok: false, error: expect.stringMatching(message), status, code });
    const page = await upload('/check', file);
    expect(page.status).toBe(status);
    const html = await page.text();
    expect(html).toMatch(/<p class="error" role="alert" id="check-error">/);
    expect(html).toContain('<form class="check-form"');
  });

  test('when a draft lacks the family-involvement statement, the child\'s views and dated recommendations, then the API says "not found" on those three, with advice', async () => {
    const response = await upload('/api/check', { name: 'canal-no-voice.md', bytes: readFileSync(VOICELESS) });
    expect(response.status).toBe(200);
    const { quality } = (await response.json()) as { quality: { criteria: Array<{ id: string; verdict: string; advice: string | null; evidence: unknown[] }> } };
    const unheard = ['child_at_centre', 'family_involvement', 'actionable_recommendations'];
    expect(quality.criteria.filter((criterion) => unheard.includes(criterion.id))).toEqual(unheard.map((id) => expect.objectContaining({ id, verdict: 'not found', advice: expect.stringMatching(/\.$/) })));
    expect(quality.criteria.find((criterion) => criterion.id === 'independence')).toMatchObject({ verdict: 'met', advice: null, evidence: [expect.objectContaining({ citation: 'para 2.3' })] });
  });

  test('when no file is sent, then 400 says which field to use', async () => {
    const response = await fetch(`${server.url}/api/check`, { method: 'POST', body: new FormData() });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, code: 'no_draft', error: expect.stringContaining('"draft"') });
  });

  test('when the form page is opened, then it offers the upload and the opt-in box, unticked', async () => {
    const html = await (await fetch(`${server.url}/check`)).text();
    expect(html).toMatch(/<input type="file" id="draft" name="draft" required/);
    expect(html).toMatch(/<input type="checkbox" id="save" name="save" value="1">\s*<label for="save">Add this draft to the corpus<\/label>/);
  });
});
