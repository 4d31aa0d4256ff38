// Builds the `bulletin` command: src/main/cli.ts bundled into one CommonJS file, out/cli/bulletin.cjs,
// with the core's worker threads beside it (start-worker.ts looks for `<name>.js` next to the bundle).
// Run by `npm run build` (and `npm run build:cli`).
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
process.chdir(ROOT); // the paths below are the repo's
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
// Bundled: the libraries every command loads, whose many small files cost more to find and read one
// by one than to parse in one go. Everything else is loaded from node_modules when a command needs it.
const BUNDLED = new Set(['zod', 'date-fns']);
const external = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)].filter(
  (name) => !BUNDLED.has(name),
);

rmSync('out/cli', { recursive: true, force: true });

const common = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'cjs',
  external,
  sourcemap: 'linked',
  logLevel: 'warning',
};

/**
 * zod exports all of its ~50 message locales; the CLI speaks English only, and loading the others is a
 * noticeable part of starting. Only `en` (which zod installs itself) is kept in the bundle.
 */
const englishOnlyZod = {
  name: 'english-only-zod',
  setup(b) {
    b.onLoad({ filter: /zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({
      contents: 'export { default as en } from "./en.js";',
      loader: 'js',
    }));
  },
};

await build({
  ...common,
  plugins: [englishOnlyZod],
  entryPoints: { 'bulletin-main': 'src/main/cli.ts' },
  outdir: 'out/cli',
  outExtension: { '.js': '.cjs' },
  minifyWhitespace: true, // less to parse at every start; names stay readable in stack traces
  minifySyntax: true,
});
// The command itself: turns on Node's on-disk compile cache, then loads the bundle, so that from the
// second run on V8 reuses the bundle's compiled code instead of parsing it again.
writeFileSync(
  'out/cli/bulletin.cjs',
  `#!/usr/bin/env node
require('node:module').enableCompileCache?.();
require('./bulletin-main.cjs').main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
`,
);
// The same worker entries as the app's bundle (electron.vite.config.ts).
await build({
  ...common,
  entryPoints: {
    'parse-worker': 'src/main/library/import/parse-worker.ts',
    'index-worker': 'src/main/library/search/index-worker.ts',
    'check-worker': 'src/main/library/backup/check-worker.ts',
    'export-worker': 'src/main/library/export/export-worker.ts',
  },
  outdir: 'out/cli',
});
chmodSync('out/cli/bulletin.cjs', 0o755);
