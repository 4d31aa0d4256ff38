#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into .electron-native/<electron version>/, from a copy of the
// package, so node_modules keeps the Node build that tests and the CLI use. Runs before `npm start`;
// does nothing when the build for this Electron version already exists.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const root = dirname(dirname(new URL(import.meta.url).pathname));
const electronVersion = require('electron/package.json').version;
const target = join(root, '.electron-native', electronVersion, 'better_sqlite3.node');

if (existsSync(target)) process.exit(0);

const source = dirname(require.resolve('better-sqlite3/package.json'));
const work = join(root, '.electron-native', 'build', 'better-sqlite3');
rmSync(work, { recursive: true, force: true });
mkdirSync(dirname(work), { recursive: true });
cpSync(source, work, { recursive: true, filter: (path) => !path.includes(`${join(source, 'build')}`) });

const run = (command, args) =>
  execFileSync(command, args, { cwd: work, stdio: 'inherit', shell: process.platform === 'win32' });
console.log(`Building better-sqlite3 for Electron ${electronVersion}…`);
try {
  // A prebuilt binary for Electron, when one is published for this version and platform.
  run(process.execPath, [
    require.resolve('prebuild-install/bin.js'),
    '--runtime',
    'electron',
    '--target',
    electronVersion,
  ]);
} catch {
  // Otherwise compile against Electron's headers with the node-gyp that npm ships.
  const gyp = process.env.npm_config_node_gyp;
  const args = [
    'rebuild',
    '--release',
    `--target=${electronVersion}`,
    '--dist-url=https://electronjs.org/headers',
  ];
  if (gyp) run(process.execPath, [gyp, ...args]);
  else run('node-gyp', args);
}
mkdirSync(dirname(target), { recursive: true });
cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
rmSync(dirname(work), { recursive: true, force: true });
console.log(`better-sqlite3 for Electron ${electronVersion} is at ${target}`);
