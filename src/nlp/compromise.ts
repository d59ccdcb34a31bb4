import type Compromise from 'compromise';
import { createRequire } from 'node:module';

/**
 * compromise, from its one-file build: its ES module entry is some 520 source files, which took each
 * ingest reader thread 0.2 CPU-s more to resolve and load than this one file. Recommendations and
 * phrase suggestions both take it from here, so a process that uses both holds one copy.
 */
export const nlp = createRequire(import.meta.url)('compromise') as typeof Compromise;
