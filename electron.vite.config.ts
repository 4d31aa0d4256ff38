import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { WORKER_ENTRIES } from './src/main/library/workers/entries';

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // Worker threads are entries of their own (see src/main/library/workers/start-worker.ts).
        input: {
          index: resolve('src/main/index.ts'),
          ...Object.fromEntries(Object.entries(WORKER_ENTRIES).map(([name, file]) => [name, resolve(file)])),
        },
        external: ['better-sqlite3'],
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        // A sandboxed preload must be one CommonJS file: bundle everything it imports.
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
      externalizeDeps: false,
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    build: {
      // The renderer ships to users: minify it (electron-vite leaves it readable by default). A readable
      // build (BULLETIN_READABLE_BUILD=1) is for CPU profiles that name functions (bench/renderer-profile.ts).
      minify: process.env.BULLETIN_READABLE_BUILD !== '1',
      // Loaded from disk, never over a network: one ~600 kB chunk is fine.
      chunkSizeWarningLimit: 800,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
    plugins: [react()],
  },
});
