import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Each folder runs in one runtime, and lint holds it there (as Signal Desktop does with file suffixes):
//
//   src/shared        plain ECMAScript, loaded by every side: no Node, no Electron, no DOM
//   src/main/library  the core: Node only (it also runs as the CLI and in tests), never Electron
//   src/main          the main process: Node and Electron
//   src/preload       the sandboxed preload, bundled into one CommonJS file: Electron's renderer-side
//                     modules and the few Node modules a sandboxed preload may require
//   src/renderer      the browser: no Node, no Electron, nothing of the main process or the preload
//   test/support      Node, for tests, benches and the e2e harness; nothing under src/ imports it
//
// Imports are checked with no-restricted-imports, globals with no-restricted-globals (TypeScript files
// leave no-undef to the compiler, so a stray `process` or `document` needs a rule of its own).

/** Node's core modules by bare name (`fs`, `fs/promises`, …); `node:*` is matched by pattern. */
const NODE_CORE = builtinModules.filter((name) => !name.startsWith('_'));

const nodeCore = (why) => ({
  paths: NODE_CORE.map((name) => ({ name, message: why })),
  patterns: [{ group: ['node:*'], message: why }],
});

/** Globals only one side has (Node's `process`, the DOM's `document`), minus what both sides share. */
const onlyIn = (side, other) =>
  Object.keys(side).filter((name) => !(name in other) && !(name in globals.es2024));
const NODE_ONLY_GLOBALS = onlyIn(globals.node, globals.browser);
const BROWSER_ONLY_GLOBALS = onlyIn(globals.browser, globals.node);

const restrictGlobals = (names, why) => [
  'error',
  ...names.map((name) => ({ name, message: `${name} ${why}` })),
];

/** One no-restricted-imports entry from several groups (a later config replaces the rule, never merges). */
const restrictImports = (...groups) => [
  'error',
  {
    paths: groups.flatMap((g) => g.paths ?? []),
    patterns: groups.flatMap((g) => g.patterns ?? []),
  },
];

const ELECTRON = {
  paths: [{ name: 'electron', message: 'Only the main process and the preload use Electron.' }],
};
const RENDERER = {
  patterns: [
    { group: ['**/renderer/**'], message: 'The renderer is reached only through the preload’s API.' },
  ],
};
const PRELOAD = { patterns: [{ group: ['**/preload/**'], message: 'The preload is its own bundle.' }] };
const MAIN = {
  patterns: [{ group: ['**/main/**'], message: 'The main process is reached only through IPC.' }],
};
const TEST_SUPPORT = {
  patterns: [{ group: ['**/test/support/**'], message: 'Test helpers are for tests, benches and e2e only.' }],
};
const NATIVE = { paths: [{ name: 'better-sqlite3', message: 'SQLite lives in the main process.' }] };

/** What a sandboxed preload may require besides `electron` (Electron's sandbox documentation). */
const SANDBOXED_PRELOAD_MODULES = ['events', 'timers', 'url'];
const PRELOAD_NODE_CORE = {
  paths: NODE_CORE.filter((name) => !SANDBOXED_PRELOAD_MODULES.includes(name)).map((name) => ({
    name,
    message: 'A sandboxed preload cannot require Node modules (only events, timers and url).',
  })),
  patterns: [
    {
      group: ['node:*', ...SANDBOXED_PRELOAD_MODULES.map((name) => `!node:${name}`)],
      message: 'A sandboxed preload cannot require Node modules (only events, timers and url).',
    },
  ],
};
const PRELOAD_ELECTRON = {
  paths: [
    {
      name: 'electron',
      allowImportNames: ['contextBridge', 'ipcRenderer', 'webUtils'],
      message: 'The preload uses only contextBridge, ipcRenderer and webUtils from Electron.',
    },
  ],
};

/**
 * A folder's runtime config, whose product files may not import test helpers either; the tests beside
 * them (`*.test.ts`) may.
 */
const withTests = (files, ignores, { imports, ...config }) => [
  {
    ...config,
    files,
    ignores,
    rules: { ...config.rules, 'no-restricted-imports': restrictImports(...imports, TEST_SUPPORT) },
  },
  {
    files: files.map((glob) => glob.replace(/\*\.ts$/, '*.test.ts')),
    ignores,
    rules: { 'no-restricted-imports': restrictImports(...imports) },
  },
];

const SHARED = ['src/shared/**/*.{ts,tsx}'];
const LIBRARY = ['src/main/library/**/*.ts'];
const MAIN_PROCESS = ['src/main/**/*.ts'];
const PRELOAD_FILES = ['src/preload/**/*.ts'];
const RENDERER_FILES = ['src/renderer/**/*.{ts,tsx}'];

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tools/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: SHARED,
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-imports': restrictImports(
        nodeCore('src/shared runs on every side: no Node modules.'),
        ELECTRON,
        MAIN,
        PRELOAD,
        RENDERER,
        NATIVE,
        TEST_SUPPORT,
      ),
      'no-restricted-globals': restrictGlobals(
        [...NODE_ONLY_GLOBALS, ...BROWSER_ONLY_GLOBALS],
        'is not in every runtime: src/shared uses plain ECMAScript only.',
      ),
    },
  },
  // The core never touches Electron: it runs in plain Node for tests and the CLI.
  ...withTests(LIBRARY, [], {
    languageOptions: { globals: { ...globals.node } },
    imports: [ELECTRON, PRELOAD, RENDERER],
    rules: {
      'no-restricted-globals': restrictGlobals(
        BROWSER_ONLY_GLOBALS,
        'is the browser’s: the core runs in Node.',
      ),
    },
  }),
  ...withTests(MAIN_PROCESS, LIBRARY, {
    languageOptions: { globals: { ...globals.node } },
    imports: [PRELOAD, RENDERER],
    rules: {
      'no-restricted-globals': restrictGlobals(
        BROWSER_ONLY_GLOBALS,
        'is the browser’s: the main process runs in Node.',
      ),
    },
  }),
  {
    files: PRELOAD_FILES,
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': restrictImports(
        PRELOAD_NODE_CORE,
        PRELOAD_ELECTRON,
        MAIN,
        RENDERER,
        NATIVE,
        TEST_SUPPORT,
      ),
      'no-restricted-globals': restrictGlobals(
        NODE_ONLY_GLOBALS.filter(
          (name) => !['process', 'Buffer', 'setImmediate', 'clearImmediate', 'global'].includes(name),
        ),
        'is not in a sandboxed preload.',
      ),
    },
  },
  {
    files: RENDERER_FILES,
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrictImports(
        nodeCore('The renderer is a web page: no Node modules.'),
        ELECTRON,
        MAIN,
        PRELOAD,
        NATIVE,
        TEST_SUPPORT,
      ),
      'no-restricted-globals': restrictGlobals(NODE_ONLY_GLOBALS, 'is Node’s: the renderer is a web page.'),
    },
  },
  {
    files: ['test/support/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
