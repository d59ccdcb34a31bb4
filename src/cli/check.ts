import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkDraft } from '../check/check-draft.js';
import { assertDraftSize } from '../check/draft-format.js';
import { loadQualityCriteria } from '../check/quality/criteria-file.js';
import { readAndTagDraft } from '../check/draft-reader.js';
import type { CheckReport, Draft } from '../check/types.js';
import { DocumentError, errorBody, InputError } from '../errors.js';
import { renderStandaloneCheckReport } from '../http/views/check.js';
import { loadTagging } from '../classifier/index.js';
import type { Config } from '../config.js';
import { printCheckReport } from './check-report.js';
import { parseCommandLine, warnings, writeLine, type Command } from './command.js';
import { openExistingStore } from './open-store.js';

export const command: Command = {
  name: 'check',
  summary: 'Check a draft review against the failings and recommendations of earlier reviews, and against the quality criteria: read in memory, never stored unless --save; exit status 2, with the reason, for a file it cannot check',
  usage: 'lessons check <draft.pdf|.docx|.txt|.md> [--json] [--html out.html] [--save] [--db path] [--criteria file] [--max-upload-mb n] [--model on|off] [--model-threshold 0.5]',
  async run(args, io) {
    const { values, positionals, config } = parseCommandLine(args, io, this, { json: { type: 'boolean' }, html: { type: 'string' }, save: { type: 'boolean' } }, ['db', 'lexicons', 'criteria', 'model', 'modelThreshold', 'maxUploadMb', 'maxPages', 'maxDocxXmlMb']);
    if (positionals.length !== 1) throw new InputError(`name one draft to check.\nUsage: ${this.usage}`, 'bad_arguments');
    const file = positionals[0] as string;
    try {
      const report = await checkFile(file, config, values.save === true, warnings(io));
      if (values.html) await writeFile(values.html, renderStandaloneCheckReport(report));
      if (values.json) writeLine(io.stdout, JSON.stringify(report));
      else printCheckReport(report, io, values.html);
      return 0;
    } catch (err) {
      if (values.json) writeLine(io.stdout, JSON.stringify(errorBody(err)));
      throw err;
    }
  },
};

/** The draft is read into memory only; the corpus is read on a read-only connection, and written only when --save asks to store the draft. */
async function checkFile(file: string, config: Config, save: boolean, warn: (message: string) => void): Promise<CheckReport> {
  const draft = await readDraftFile(file, config.maxUploadMb);
  const tagger = loadTagging(config, warn);
  const criteria = loadQualityCriteria(config.criteria);
  const writable = save ? openExistingStore(config) : null;
  const store = writable ?? openExistingStore(config, { readonly: true });
  try {
    return await checkDraft(draft, {
      queries: store.checkQueries(),
      tagger,
      criteria,
      maxUploadMb: config.maxUploadMb,
      read: (given) => readAndTagDraft(given, tagger, { maxPages: config.maxPages, maxDocxXmlMb: config.maxDocxXmlMb }),
      ...(writable ? { saveTo: { writer: writable.reviews, file: path.resolve(file) } } : {}),
    });
  } finally {
    store.close();
  }
}

/** Refuses a draft over the limit before reading it. */
async function readDraftFile(file: string, limitMb: number): Promise<Draft> {
  const name = path.basename(file);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new DocumentError(`there is no file at ${file}. Check the path and try again.`, 'unreadable');
  assertDraftSize(name, info.size, limitMb);
  return { name, bytes: await readFile(file) };
}
