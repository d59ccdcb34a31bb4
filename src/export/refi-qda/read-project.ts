import JSZip from 'jszip';
import { createRequire } from 'node:module';
import { InputError } from '../../errors.js';
import { sameGuid } from './guids.js';

/** A coding read from a REFI-QDA project: which code, by whom, when, with the memo of its notes. */
export interface ReadCoding {
  guid: string;
  codeGuid: string;
  /** The creating user's name, or null when the coding names no user the project lists. */
  user: string | null;
  at: string | null;
  memo: string;
}

export interface ReadSelection {
  guid: string;
  start: number;
  end: number;
  codings: ReadCoding[];
}

export interface ReadSource {
  guid: string;
  name: string;
  /** The source's plain text when the project carries it (a file under Sources/ or PlainTextContent). */
  text: string | null;
  selections: ReadSelection[];
}

export interface ReadProject {
  /** Code GUID -> name, nested codes included. */
  codes: Map<string, string>;
  sources: ReadSource[];
}

/** The part of the DOM that reading a project needs (xmldom implements it). */
interface Element {
  nodeType: number;
  localName: string;
  firstChild: Element | null;
  nextSibling: Element | null;
  textContent: string | null;
  getAttribute(name: string): string | null;
  getElementsByTagNameNS(namespace: string, name: string): ArrayLike<Element>;
}

type ErrorHandler = (message: unknown) => void;
interface XmlDom {
  DOMParser: new (options: { errorHandler: { warning: ErrorHandler; error: ErrorHandler; fatalError: ErrorHandler } }) => { parseFromString(text: string, type: string): { documentElement: Element | null } };
}

// Loaded without its type declarations: they pull the browser's DOM types into the whole program,
// where they clash with Node's (Blob, fetch).
const { DOMParser } = createRequire(import.meta.url)('@xmldom/xmldom') as XmlDom;

/** The largest .qdpx an import reads, and the largest file inside it it unpacks (a ZIP bomb stops there). */
const MAX_ARCHIVE_BYTES = 200 * 1024 * 1024;
const MAX_ENTRY_BYTES = 500 * 1024 * 1024;

/**
 * Reads the codes, text sources and coded plain-text selections of a REFI-QDA project (.qdpx).
 * Throws InputError naming the problem when it is not a ZIP, has no project.qde or its XML is broken.
 */
export async function readQdpx(bytes: Uint8Array): Promise<ReadProject> {
  if (bytes.length > MAX_ARCHIVE_BYTES) throw new InputError(`the .qdpx file is ${Math.round(bytes.length / 1e6)} MB; the most an import reads is ${MAX_ARCHIVE_BYTES / 1024 / 1024} MB.`, 'too_large');
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (err) {
    throw new InputError(`not a REFI-QDA project: a .qdpx is a ZIP file, and this one cannot be opened (${(err as Error).message}).`, 'bad_qdpx');
  }
  const entry = zip.file('project.qde');
  if (!entry) throw new InputError('not a REFI-QDA project: the ZIP has no project.qde.', 'bad_qdpx');
  const read = (file: JSZip.JSZipObject) => {
    const size = (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    if (size > MAX_ENTRY_BYTES) throw new InputError(`${file.name} in the .qdpx unpacks to ${Math.round(size / 1e6)} MB, more than an import reads.`, 'too_large');
    return file.async('string');
  };
  const project = parseXml(await read(entry));
  const notes = new Map(descendants(project, 'Note').map((note) => [sameGuid(note.getAttribute('guid') ?? ''), childText(note, 'PlainTextContent')]));
  const users = new Map(descendants(project, 'User').map((user) => [sameGuid(user.getAttribute('guid') ?? ''), user.getAttribute('name') ?? '']));
  const codes = new Map(descendants(project, 'Code').map((code) => [sameGuid(code.getAttribute('guid') ?? ''), code.getAttribute('name') ?? '']));
  const sources: ReadSource[] = [];
  for (const source of descendants(project, 'TextSource')) {
    const path = source.getAttribute('plainTextPath');
    const internal = path?.startsWith('internal://') ? zip.file(`Sources/${path.slice('internal://'.length)}`) : null;
    const text = internal ? (await read(internal)).replace(/^\uFEFF/, '') : children(source, 'PlainTextContent').length > 0 ? childText(source, 'PlainTextContent') : null;
    sources.push({
      guid: sameGuid(source.getAttribute('guid') ?? ''),
      name: source.getAttribute('name') ?? '',
      text,
      selections: children(source, 'PlainTextSelection').map((selection) => ({
        guid: selection.getAttribute('guid') ?? '',
        start: Number(selection.getAttribute('startPosition')),
        end: Number(selection.getAttribute('endPosition')),
        codings: children(selection, 'Coding').map((coding) => {
          const user = coding.getAttribute('creatingUser');
          return {
            guid: coding.getAttribute('guid') ?? '',
            codeGuid: sameGuid(children(coding, 'CodeRef')[0]?.getAttribute('targetGUID') ?? ''),
            user: user ? (users.get(sameGuid(user)) ?? null) : null,
            at: coding.getAttribute('creationDateTime'),
            memo: children(coding, 'NoteRef')
              .map((ref) => notes.get(sameGuid(ref.getAttribute('targetGUID') ?? '')) ?? '')
              .filter(Boolean)
              .join('\n\n'),
          };
        }),
      })),
    });
  }
  return { codes, sources };
}

function parseXml(text: string): Element {
  const problems: string[] = [];
  const document = new DOMParser({ errorHandler: { warning: () => undefined, error: (message) => problems.push(String(message)), fatalError: (message) => problems.push(String(message)) } }).parseFromString(text, 'text/xml');
  const root = document.documentElement;
  if (problems.length > 0 || !root) throw new InputError(`project.qde is not well-formed XML: ${problems[0] ?? 'no root element'}`, 'bad_qdpx');
  if (root.localName !== 'Project') throw new InputError(`project.qde holds a <${root.localName}>, not a REFI-QDA <Project>.`, 'bad_qdpx');
  return root;
}

function children(parent: Element, name: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) if (node.nodeType === 1 && node.localName === name) found.push(node);
  return found;
}

function descendants(root: Element, name: string): Element[] {
  return Array.from(root.getElementsByTagNameNS('*', name));
}

function childText(parent: Element, name: string): string {
  return children(parent, name)[0]?.textContent ?? '';
}
