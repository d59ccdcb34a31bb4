import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { InputError } from '../errors.js';
import { tagWithLayers } from '../ingest/tag-with-layers.js';
import type { Tagger } from '../lexicon/index.js';
import { loadTagging } from '../classifier/index.js';
import { isPassageKind, PASSAGE_KINDS, type PassageKind } from '../model/themes.js';
import { parseCommandLine, warnings, writeLine, type CliIO, type Command } from './command.js';

interface Passage {
  id: unknown;
  text: string;
}

/** Where a passage came from, for error messages: "input.jsonl:12". */
type Emit = (passage: Passage) => void;
type Complain = (where: string, message: string) => void;

export const command: Command = {
  name: 'tag',
  summary: 'Tag text from files or stdin with themes: one JSON line per passage on stdout',
  usage: `lessons tag [--jsonl] [--kind ${PASSAGE_KINDS.join('|')}] [--lexicons DIR] [--model on|off] [--model-threshold 0.5] [FILE ...]  (stdin when no FILE)`,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values, positionals, config } = parseCommandLine(args, io, this, { jsonl: { type: 'boolean' }, kind: { type: 'string' } }, ['lexicons', 'model', 'modelThreshold']);
    const section = sectionKind(values.kind);
    const tagger = loadTagging(config, warnings(io));
    let problems = 0;
    const emit: Emit = (passage) => writeLine(io.stdout, formatResult(passage.id, tagger, passage.text, section));
    const complain: Complain = (where, message) => {
      problems += 1;
      writeLine(io.stderr, `lessons tag: ${where}: ${message}`);
    };
    const inputs = positionals.length > 0 ? positionals.map((file) => ({ name: file, stream: createReadStream(file, 'utf8') as Readable })) : [{ name: 'stdin', stream: io.stdin }];
    let paragraphs = 0;
    for (const input of inputs) {
      if (values.jsonl) await readJsonLines(input.name, input.stream, emit, complain);
      else paragraphs = await readParagraphs(input.stream, paragraphs, emit);
    }
    return problems > 0 ? 1 : 0;
  },
};

function sectionKind(kind: string | undefined): PassageKind | undefined {
  if (kind === undefined) return undefined;
  if (!isPassageKind(kind)) throw new InputError(`--kind must be one of ${PASSAGE_KINDS.join(', ')}, not "${kind}".`);
  return kind;
}

/**
 * The output line, exactly: {"id","kind","themes","matches":[{"theme","start","end","text","pattern","source","score"}]},
 * where `source` is "pattern" or "model" and `score` the model's (null for a pattern).
 */
function formatResult(id: unknown, tagger: Tagger, text: string, section: PassageKind | undefined): string {
  const { kind, evidence } = tagWithLayers(tagger, text, section);
  return JSON.stringify({
    id,
    kind,
    themes: [...new Set(evidence.map((found) => found.theme))].sort(),
    matches: evidence.map(({ theme, start, end, pattern, source, score }) => ({ theme, start, end, text: text.slice(start, end), pattern, source, score })),
  });
}

/** Each line a JSON object {"id", "text"}; a bad line is reported with its number and skipped. */
async function readJsonLines(name: string, stream: Readable, emit: Emit, complain: Complain): Promise<void> {
  let lineNumber = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      complain(`${name}:${lineNumber}`, `not valid JSON (${(err as Error).message}); expected {"id": ..., "text": "..."}`);
      continue;
    }
    const record = value as Partial<Passage> | null;
    if (typeof record !== 'object' || record === null || typeof record.text !== 'string' || record.id === undefined) {
      complain(`${name}:${lineNumber}`, 'expected an object with an "id" and a string "text"');
      continue;
    }
    emit({ id: record.id, text: record.text });
  }
}

/** Paragraphs are separated by blank lines; ids are their 1-based index across all inputs, as strings. */
async function readParagraphs(stream: Readable, counted: number, emit: Emit): Promise<number> {
  let index = counted;
  let lines: string[] = [];
  const flush = () => {
    if (lines.length === 0) return;
    index += 1;
    emit({ id: String(index), text: lines.join('\n') });
    lines = [];
  };
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    if (line.trim() === '') flush();
    else lines.push(line);
  }
  flush();
  return index;
}
