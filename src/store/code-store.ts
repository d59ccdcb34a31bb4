import { InputError } from '../errors.js';
import { isDecision, type CodeFilter, type CodeInput, type HumanCode, type JudgedVersions } from '../model/codes.js';
import { isThemeId, THEME_IDS } from '../model/themes.js';
import { textSha256 } from './code-anchors.js';
import type { Db } from './database.js';
import { effectiveThemes } from './effective-themes.js';

/**
 * Human codes in SQLite: an append-only audit trail of researchers' decisions (confirm, reject,
 * add) on passages' themes. `record` writes a batch in one transaction, all or nothing: every code
 * is validated first (theme id, passage id, decision, coder, memo, time), and a bad one is an
 * InputError (400) naming its field (`theme`, or `codes[3].theme` in a batch); each written code
 * is anchored to its passage's review sha256, seq and text hash, and the effective themes in
 * `passage_themes` are updated in the same transaction, so counts reflect it at once. `list` gives
 * the whole trail, oldest first; `current` the decision in force for each (passage, theme, coder),
 * the latest by time (then by id): a later decision by the same coder supersedes an earlier one.
 * Detached codes (their text gone at a re-ingest) are listed by `list` with `passage_id: null`
 * and left out of `current`.
 */
export interface CodeStore {
  /** Validates and writes every code, or none; returns them as stored. */
  record(codes: readonly CodeInput[], versions: JudgedVersions): HumanCode[];
  /** Every code matching the filter, oldest first. */
  list(filter?: CodeFilter): HumanCode[];
  /** The latest decision per (passage, theme, coder) among attached codes, filtered afterwards. */
  current(filter?: CodeFilter): HumanCode[];
  /** The distinct coders, by name. */
  coders(): string[];
}

const MAX_CODER = 100;
const MAX_MEMO = 4000;
const COLUMNS = 'h.id, h.passage_id, h.review_sha256, h.passage_seq, h.text_sha256, h.theme, h.decision, h.coder, h.memo, h.at, h.lexicon_version, h.model_version';
// One static statement per listing: an unset filter field is bound as NULL and matches everything.
const FILTER = `(@coder IS NULL OR h.coder = @coder) AND (@theme IS NULL OR h.theme = @theme) AND (@decision IS NULL OR h.decision = @decision)
  AND (@passage_id IS NULL OR h.passage_id = @passage_id) AND (@review_id IS NULL OR h.passage_id IN (SELECT id FROM passages WHERE review_id = @review_id))`;

type BoundFilter = Record<keyof Required<CodeFilter>, string | number | null>;

export function codeStore(db: Db): CodeStore {
  const passage = db.prepare<[number], { id: number; seq: number; text: string; sha256: string }>('SELECT p.id, p.seq, p.text, r.sha256 FROM passages p JOIN reviews r ON r.id = p.review_id WHERE p.id = ?');
  const insert = db.prepare(
    `INSERT INTO human_codes (passage_id, review_sha256, passage_seq, text_sha256, theme, decision, coder, memo, at, lexicon_version, model_version)
     VALUES (@passage_id, @review_sha256, @passage_seq, @text_sha256, @theme, @decision, @coder, @memo, @at, @lexicon_version, @model_version)`,
  );
  const byId = db.prepare<[number], HumanCode>(`SELECT ${COLUMNS} FROM human_codes h WHERE h.id = ?`);
  const list = db.prepare<[BoundFilter], HumanCode>(`SELECT ${COLUMNS} FROM human_codes h WHERE ${FILTER} ORDER BY h.at, h.id`);
  const current = db.prepare<[BoundFilter], HumanCode>(
    `SELECT ${COLUMNS} FROM (SELECT *, row_number() OVER (PARTITION BY passage_id, theme, coder ORDER BY at DESC, id DESC) AS latest
       FROM human_codes WHERE passage_id IS NOT NULL) h
     WHERE h.latest = 1 AND ${FILTER} ORDER BY h.passage_id, h.theme, h.coder`,
  );
  const coders = db.prepare<[], string>('SELECT DISTINCT coder FROM human_codes ORDER BY coder').pluck();
  const effective = effectiveThemes(db);

  const write = db.transaction((codes: readonly CodeInput[], versions: JudgedVersions): HumanCode[] => {
    const rows = codes.map((code, index) => validate(code, codes.length === 1 ? '' : `codes[${index}].`));
    return rows.map((row) => {
      const id = Number(insert.run({ ...versions, ...row }).lastInsertRowid);
      effective.applyToPassage(row.passage_id);
      return byId.get(id)!;
    });
  });

  function validate(code: CodeInput, field: string) {
    if (typeof code !== 'object' || code === null) throw new InputError(`${field ? field.slice(0, -1) : 'body'}: a code must be an object with passage_id, theme, decision and coder`, 'invalid_code');
    const passageId = code.passage_id;
    if (!Number.isSafeInteger(passageId)) throw new InputError(`${field}passage_id: must be a passage id (an integer), got ${JSON.stringify(passageId)}`, 'invalid_code');
    const found = passage.get(passageId);
    if (!found) throw new InputError(`${field}passage_id: no passage ${passageId} in this database`, 'invalid_code');
    if (typeof code.theme !== 'string' || !isThemeId(code.theme)) throw new InputError(`${field}theme: unknown theme ${JSON.stringify(code.theme)}; use one of ${THEME_IDS.join(', ')}`, 'invalid_code');
    if (code.decision === undefined || code.decision === null || code.decision === '') throw new InputError(`${field}decision: missing; give confirm, reject or add`, 'invalid_code');
    if (!isDecision(code.decision)) throw new InputError(`${field}decision: ${JSON.stringify(code.decision)} is not confirm, reject or add`, 'invalid_code');
    const coder = typeof code.coder === 'string' ? code.coder.trim() : '';
    if (coder === '' || coder.length > MAX_CODER) throw new InputError(`${field}coder: give the coder's name (1-${MAX_CODER} characters), e.g. --coder, LESSONS_CODER or the form field`, 'invalid_code');
    const memo = code.memo ?? '';
    if (typeof memo !== 'string' || memo.length > MAX_MEMO) throw new InputError(`${field}memo: must be text of at most ${MAX_MEMO} characters`, 'invalid_code');
    const at = code.at === undefined ? new Date() : new Date(code.at);
    if (Number.isNaN(at.getTime())) throw new InputError(`${field}at: ${JSON.stringify(code.at)} is not an ISO 8601 time`, 'invalid_code');
    return {
      passage_id: found.id,
      review_sha256: found.sha256,
      passage_seq: found.seq,
      text_sha256: textSha256(found.text),
      theme: code.theme,
      decision: code.decision,
      coder,
      memo,
      at: at.toISOString(),
      ...(code.lexicon_version !== undefined ? { lexicon_version: code.lexicon_version } : {}),
      ...(code.model_version !== undefined ? { model_version: code.model_version } : {}),
    };
  }

  const bind = (filter: CodeFilter = {}): BoundFilter => ({
    coder: filter.coder ?? null,
    theme: filter.theme ?? null,
    review_id: filter.review_id ?? null,
    passage_id: filter.passage_id ?? null,
    decision: filter.decision ?? null,
  });

  return {
    record: (codes, versions) => write(codes, versions),
    list: (filter) => list.all(bind(filter)),
    current: (filter) => current.all(bind(filter)),
    coders: () => coders.all(),
  };
}
