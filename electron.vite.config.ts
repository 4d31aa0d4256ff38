import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // Worker threads are entries of their own (see src/main/library/workers/start-worker.ts).
        input: {
          index: resolve('src/main/index.ts'),
          'parse-worker': resolve('src/main/library/import/parse-worker.ts'),
          'checkpoint-worker': resolve('src/main/library/import/checkpoint-worker.ts'),
          'index-worker': resolve('src/main/library/search/index-worker.ts'),
          'check-worker': resolve('src/main/library/backup/check-worker.ts'),
          'export-worker': resolve('src/main/library/export/export-worker.ts'),
          'related-worker': resolve('src/main/library/syllabus/related-worker.ts'),
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
