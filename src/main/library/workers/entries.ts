/**
 * The core's worker entries, by name (the built file is `out/main/<name>.js`), each as its source file
 * from the repository's root: what electron.vite.config.ts builds as entries of their own, and what the
 * benchmarks bundle the same way (bench/built-workers.ts). `startWorker` starts them by name.
 */
export const WORKER_ENTRIES = {
  'parse-worker': 'src/main/library/import/parse-worker.ts',
  'checkpoint-worker': 'src/main/library/import/checkpoint-worker.ts',
  'index-worker': 'src/main/library/search/index-worker.ts',
  'check-worker': 'src/main/library/backup/check-worker.ts',
  'export-worker': 'src/main/library/export/export-worker.ts',
  'related-worker': 'src/main/library/syllabus/related-worker.ts',
} as const;
