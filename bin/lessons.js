#!/usr/bin/env node
// The CLI runs from the compiled output, which `npm install` builds (package.json "prepare").
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error('lessons: the compiled CLI is missing. Run `npm run build` in the project folder first.');
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
