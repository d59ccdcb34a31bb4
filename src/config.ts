import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { InputError } from './errors.js';

/** The project folder: settings default to paths inside it, wherever the command is run from. */
export const PROJECT_ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..');

type Kind = 'path' | 'string' | 'integer' | 'fraction' | 'switch';

interface Setting<K extends Kind = Kind> {
  env: string;
  flag: string;
  kind: K;
  help: string;
  default: () => SettingValue<K>;
}

/**
 * A switch is on or off: its variable, and a flag that takes a value (`--model off`), read on/off,
 * 1/0, true/false or yes/no; a flag named as a negation (`--no-ocr`) is bare and turns it off.
 */
type SettingValue<K extends Kind> = K extends 'integer' | 'fraction' ? number : K extends 'switch' ? boolean : string;

/**
 * The settings table: every setting has an environment variable, a command-line flag, a default
 * and a line of help. The README's settings section lists exactly these (a test checks it).
 */
export const SETTINGS = {
  db: { env: 'LESSONS_DB', flag: '--db', kind: 'path', help: 'SQLite database file', default: () => path.join(PROJECT_ROOT, 'data', 'lessons.db') },
  corpus: { env: 'LESSONS_CORPUS', flag: '--corpus', kind: 'path', help: 'folder of overview-report PDFs that `lessons start` ingests', default: () => path.join(PROJECT_ROOT, 'corpus') },
  lexicons: { env: 'LESSONS_LEXICONS', flag: '--lexicons', kind: 'path', help: 'folder of lexicon files, one per theme', default: () => path.join(PROJECT_ROOT, 'lexicons') },
  criteria: { env: 'LESSONS_CRITERIA', flag: '--criteria', kind: 'path', help: 'quality criteria file that `check` assesses a draft against', default: () => path.join(PROJECT_ROOT, 'quality', 'criteria.json') },
  host: { env: 'LESSONS_HOST', flag: '--host', kind: 'string', help: 'address the server binds to', default: () => '127.0.0.1' },
  port: { env: 'LESSONS_PORT', flag: '--port', kind: 'integer', help: 'port the server listens on (0 picks a free one)', default: () => 4000 },
  workers: { env: 'LESSONS_WORKERS', flag: '--workers', kind: 'integer', help: 'threads used by ingest (PDF readers) and retag (taggers)', default: () => availableParallelism() },
  maxPdfMb: { env: 'LESSONS_MAX_PDF_MB', flag: '--max-pdf-mb', kind: 'integer', help: 'largest PDF ingest accepts, in MB', default: () => 200 },
  maxUploadMb: { env: 'LESSONS_MAX_UPLOAD_MB', flag: '--max-upload-mb', kind: 'integer', help: 'largest draft `check` accepts, in MB', default: () => 50 },
  model: { env: 'LESSONS_MODEL', flag: '--model', kind: 'switch', help: 'the learned layer (`lexicons/model.json`) tags beside the patterns: `on` or `off`', default: () => true },
  modelThreshold: { env: 'LESSONS_MODEL_THRESHOLD', flag: '--model-threshold', kind: 'fraction', help: 'score (0-1) at which the learned layer tags a theme; raise it to be stricter', default: () => 0.5 },
  maxPages: { env: 'LESSONS_MAX_PAGES', flag: '--max-pages', kind: 'integer', help: 'most pages a review or draft may have; more is refused unread', default: () => 3000 },
  maxDocxXmlMb: { env: 'LESSONS_MAX_DOCX_XML_MB', flag: '--max-docx-xml-mb', kind: 'integer', help: 'most a Word draft\'s XML may unpack to, in MB (zip bombs)', default: () => 50 },
  readerHeapMb: { env: 'LESSONS_READER_HEAP_MB', flag: '--reader-heap-mb', kind: 'integer', help: 'heap limit of each thread that reads a PDF or a draft, in MB', default: () => 1024 },
  maxChecks: { env: 'LESSONS_MAX_CHECKS', flag: '--max-checks', kind: 'integer', help: 'drafts the server checks at once (each in its own thread)', default: () => 2 },
  checkQueue: { env: 'LESSONS_CHECK_QUEUE', flag: '--check-queue', kind: 'integer', help: 'checks that may wait for a free thread; more are answered 503 with Retry-After', default: () => 8 },
  checkTimeoutS: { env: 'LESSONS_CHECK_TIMEOUT_S', flag: '--check-timeout-s', kind: 'integer', help: 'seconds a draft may take to read and tag before it is refused', default: () => 20 },
  searchWorkers: { env: 'LESSONS_SEARCH_WORKERS', flag: '--search-workers', kind: 'integer', help: 'threads that run the server\'s full-text queries', default: () => 2 },
  searchTimeoutMs: { env: 'LESSONS_SEARCH_TIMEOUT_MS', flag: '--search-timeout-ms', kind: 'integer', help: 'milliseconds a full-text query may run before it is abandoned (503)', default: () => 2000 },
  ocr: { env: 'LESSONS_OCR', flag: '--no-ocr', kind: 'switch', help: 'read pages without a text layer (scans) by OCR; `--no-ocr` turns it off', default: () => true },
  ocrPageSeconds: { env: 'LESSONS_OCR_PAGE_SECONDS', flag: '--ocr-page-seconds', kind: 'integer', help: 'time a reader thread is given per page it reads by OCR, on top of its 5 minutes per file', default: () => 60 },
  coder: { env: 'LESSONS_CODER', flag: '--coder', kind: 'string', help: 'the name human codes are recorded under (`lessons code`, the coding queue\'s default)', default: () => '' },
  token: { env: 'LESSONS_TOKEN', flag: '--token', kind: 'string', help: 'secret that writes must carry (`Authorization: Bearer ...` or the form field) when the server binds to an address other than loopback', default: () => '' },
  allowedHosts: { env: 'LESSONS_ALLOWED_HOSTS', flag: '--allowed-hosts', kind: 'string', help: 'host names the server answers besides localhost and its address, comma-separated (DNS rebinding)', default: () => '' },
} satisfies Record<string, Setting>;

export type SettingName = keyof typeof SETTINGS;
export type Config = Readonly<{
  [K in SettingName]: SettingValue<(typeof SETTINGS)[K]['kind']>;
}>;

/**
 * Builds the configuration once: defaults, then environment, then explicit overrides (CLI flags).
 * loadConfig(process.env, { db: 'tmp.db' }).db === path.resolve('tmp.db')
 */
export function loadConfig(env: NodeJS.ProcessEnv, overrides: Partial<Record<SettingName, string | number | boolean>> = {}): Config {
  const values: Record<string, string | number | boolean> = {};
  for (const [name, setting] of Object.entries(SETTINGS) as Array<[SettingName, Setting]>) {
    const raw = overrides[name] ?? env[setting.env];
    values[name] = raw === undefined || raw === '' ? setting.default() : parseSetting(setting, String(raw));
  }
  return Object.freeze(values) as Config;
}

const SWITCH_VALUES: Record<string, boolean> = { on: true, '1': true, true: true, yes: true, off: false, '0': false, false: false, no: false };

/** A flag named as a negation (`--no-ocr`) takes no value: given, it turns its switch off. */
export function isNegationFlag(setting: Pick<Setting, 'kind' | 'flag'>): boolean {
  return setting.kind === 'switch' && setting.flag.startsWith('--no-');
}

function parseSetting(setting: Setting, raw: string): string | number | boolean {
  if (setting.kind === 'path') return path.resolve(raw);
  if (setting.kind === 'string') return raw;
  if (setting.kind === 'switch') {
    const value = SWITCH_VALUES[raw.toLowerCase()];
    if (value !== undefined) return value;
    const named = isNegationFlag(setting) ? setting.env : `${setting.flag} (or ${setting.env})`;
    throw new InputError(`${named} must be "on" or "off" (or 1 or 0), not "${raw}".`, 'bad_setting');
  }
  const value = Number(raw);
  if (setting.kind === 'fraction') {
    if (raw.trim() === '' || !(value >= 0 && value <= 1)) throw new InputError(`${setting.flag} (or ${setting.env}) must be a number from 0 to 1, not "${raw}".`, 'bad_setting');
    return value;
  }
  if (!Number.isInteger(value) || value < 0) {
    throw new InputError(`${setting.flag} (or ${setting.env}) must be a whole number, not "${raw}".`, 'bad_setting');
  }
  return value;
}
