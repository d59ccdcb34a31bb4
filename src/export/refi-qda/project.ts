import type { ThemeId } from '../../model/themes.js';
import type { ReviewInfo } from '../../store/review-page-queries.js';
import type { ExportMeta, SourceCode, ThemeLabel } from '../export-format.js';
import { codePointLength } from './code-points.js';
import { codesElement, PROJECT_NAMESPACE, themeCodeGuid } from './codebook.js';
import { guidOf } from './guids.js';
import { reviewSourceText } from './source-text.js';
import { element, textElement, XML_DECLARATION } from './xml.js';

/** One review of the export: its passages, the passages the search found with their themes, and human codes. */
export interface ReviewCoding {
  review: ReviewInfo;
  passages: ReadonlyArray<{ id: number; seq: number; text: string }>;
  /** Passage id -> the themes it carries, for the passages of the result set. */
  found: ReadonlyMap<number, readonly ThemeId[]>;
  codes: readonly SourceCode[];
}

export interface ProjectFile {
  path: string;
  content: string;
}

/** The user the machine's tags are attributed to; an import knows them by this name and skips them. */
export const MACHINE_USER = 'lessons (lexicon and model tags)';

export const sourceGuid = (review: Pick<ReviewInfo, 'sha256'>): string => guidOf('source', review.sha256);
export const userGuid = (name: string): string => guidOf('user', name);

/** Review metadata, one REFI-QDA variable each, set on the review's case. */
const VARIABLES = [
  { name: 'review_id', type: 'Integer', value: (review: ReviewInfo) => review.id },
  { name: 'title', type: 'Text', value: (review: ReviewInfo) => review.title },
  { name: 'board', type: 'Text', value: (review: ReviewInfo) => review.board },
  { name: 'subject', type: 'Text', value: (review: ReviewInfo) => review.subject },
  { name: 'year', type: 'Integer', value: (review: ReviewInfo) => review.year },
  { name: 'author', type: 'Text', value: (review: ReviewInfo) => review.author },
  { name: 'pages', type: 'Integer', value: (review: ReviewInfo) => review.pages },
  { name: 'sha256', type: 'Text', value: (review: ReviewInfo) => review.sha256 },
] as const;

/**
 * A REFI-QDA project (QDA-XML 1.5): `project.qde` and one plain-text source per review under
 * `Sources/`. Each passage of the result set is a PlainTextSelection (positions in code points)
 * coded with its themes: by the humans who confirmed or added a theme, else by the machine user.
 */
export function projectFiles(reviews: readonly ReviewCoding[], themes: readonly ThemeLabel[], meta: ExportMeta): ProjectFile[] {
  const users = new Set<string>([MACHINE_USER]);
  const notes: string[] = [];
  const sources: string[] = [];
  const files: ProjectFile[] = [];
  for (const coding of reviews) {
    const guid = sourceGuid(coding.review);
    const { text, spans } = reviewSourceText(coding.passages);
    const selections = spans.flatMap((span) => {
      const codings = passageCodings(coding, span.passageId, span.seq, users, notes, meta.exported_at);
      if (codings.length === 0) return [];
      const start = codePointLength(text.slice(0, span.start));
      const end = start + codePointLength(text.slice(span.start, span.end));
      return [element('PlainTextSelection', { guid: guidOf('selection', coding.review.sha256, span.seq), name: `passage ${span.seq + 1}`, startPosition: start, endPosition: end }, codings)];
    });
    sources.push(element('TextSource', { guid, name: coding.review.title, plainTextPath: `internal://${guid}.txt` }, selections));
    files.push({ path: `Sources/${guid}.txt`, content: text });
  }
  const project = element('Project', { xmlns: PROJECT_NAMESPACE, name: 'lessons search export', origin: `lessons (lexicons ${meta.lexicon_version})`, creatingUserGUID: userGuid(MACHINE_USER), creationDateTime: meta.exported_at }, [
    element('Users', {}, [...users].map((name) => element('User', { guid: userGuid(name), name }))),
    element('CodeBook', {}, [codesElement(themes)]),
    element('Variables', {}, VARIABLES.map((variable) => element('Variable', { guid: guidOf('variable', variable.name), name: variable.name, typeOfVariable: variable.type }))),
    ...(reviews.length > 0 ? [element('Cases', {}, reviews.map(({ review }) => caseElement(review)))] : []),
    ...(sources.length > 0 ? [element('Sources', {}, sources)] : []),
    ...(notes.length > 0 ? [element('Notes', {}, notes)] : []),
    textElement('Description', `Passages found by a lessons search. Export metadata: ${JSON.stringify(meta)}`),
  ]);
  return [{ path: 'project.qde', content: `${XML_DECLARATION}${project}\n` }, ...files];
}

/** The Coding elements of one passage: human confirms and adds first, then the machine's remaining themes. */
function passageCodings(coding: ReviewCoding, passageId: number, seq: number, users: Set<string>, notes: string[], exportedAt: string): string[] {
  const codes = coding.codes.filter((code) => code.passage_id === passageId);
  const rejected = new Set(codes.filter((code) => code.decision === 'reject').map((code) => code.theme));
  const human = codes.filter((code) => code.decision !== 'reject');
  const themes = new Set<ThemeId>([...(coding.found.get(passageId) ?? [])].filter((theme) => !rejected.has(theme)));
  const elements = human.map((code) => {
    themes.delete(code.theme);
    users.add(code.coder);
    const guid = guidOf('coding', coding.review.sha256, seq, code.theme, code.coder);
    const memo = code.memo ? [noteRef(notes, guid, code)] : [];
    return element('Coding', { guid, creatingUser: userGuid(code.coder), creationDateTime: code.at }, [element('CodeRef', { targetGUID: themeCodeGuid(code.theme) }), ...memo]);
  });
  for (const theme of themes) {
    elements.push(element('Coding', { guid: guidOf('coding', coding.review.sha256, seq, theme), creatingUser: userGuid(MACHINE_USER), creationDateTime: exportedAt }, [element('CodeRef', { targetGUID: themeCodeGuid(theme) })]));
  }
  return elements;
}

/** A memo becomes a Note that the coding refers to. */
function noteRef(notes: string[], codingGuid: string, code: SourceCode): string {
  const guid = guidOf('memo', codingGuid);
  notes.push(element('Note', { guid, name: `Memo on ${code.theme}`, creatingUser: userGuid(code.coder), creationDateTime: code.at }, [textElement('PlainTextContent', code.memo)]));
  return element('NoteRef', { targetGUID: guid });
}

function caseElement(review: ReviewInfo): string {
  const values = VARIABLES.flatMap((variable) => {
    const value = variable.value(review);
    if (value === null || value === '') return [];
    return [element('VariableValue', {}, [element('VariableRef', { targetGUID: guidOf('variable', variable.name) }), textElement(variable.type === 'Integer' ? 'IntegerValue' : 'TextValue', String(value))])];
  });
  return element('Case', { guid: guidOf('case', review.sha256), name: review.title }, [...values, element('SourceRef', { targetGUID: sourceGuid(review) })]);
}
