// The rules a reviewer should not have to remember: the pipeline's one-way imports, settings read
// in one place, small files, and switches that must name every case of a union.
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const DOMAINS = ['ingest', 'lexicon', 'nlp', 'search', 'check', 'classifier', 'retag', 'recommendations', 'coding', 'export', 'suggestions'].map((name) => `./src/${name}`);
const ENTRY_POINTS = ['./src/http', './src/cli'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-artifacts/**', 'data/**', 'src/http/assets/**'] },
  {
    files: ['src/**/*.ts', 'scripts/**/*.ts', 'test/**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { 'import-x': importX },
    // Sources import './x.js' for the file x.ts, as Node's ESM resolution of the compiled output needs.
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js'], extensionAlias: { '.js': ['.ts', '.js'] } })] },
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      // A default: branch must not stand in for a case: a new member of a union has to be handled.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read settings through src/config.ts (the settings table), not process.env.' }],
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            { target: './src/model', from: ['./src/store', ...DOMAINS, ...ENTRY_POINTS], message: 'The data model imports nothing of the pipeline.' },
            { target: './src/store', from: [...DOMAINS, ...ENTRY_POINTS], message: 'store/ is the bottom layer: it imports the model, never a domain, http or cli.' },
            { target: DOMAINS, from: ENTRY_POINTS, message: 'Domains never import http/ or cli/: imports flow cli, http -> domains -> store.' },
            { target: ['./src/lexicon', './src/nlp'], from: ['./src/store', './src/ingest', './src/search', './src/check'], message: 'lexicon/ and nlp/ are pure: no store, ingest, search or check.' },
            {
              target: './src/ingest/!(ingest-files|ingest-worker|worker-pool).ts',
              from: './src/store',
              message: 'The pure ingest stages never touch the store; only ingest-files.ts writes what the workers read.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/config.ts', 'src/cli/main.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
