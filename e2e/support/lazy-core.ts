/**
 * The core loads some modules lazily with `await import()` (exports, backups) so the app starts fast.
 * Playwright's TypeScript transform covers `require` but not Node's `import()` of a `.ts` file, which
 * then fails with "Cannot use import statement outside a module". Loading those modules here first puts
 * them in the module cache, where `import()` finds them. Keep the list in step with the core's
 * `await import('./…')` calls (`grep -rn "await import(" src/main`).
 */
import '../../src/main/library/backup/archive';
import '../../src/main/library/export';
import '../../src/main/library/export/anki';
import '../../src/main/library/export/chromium-printer';
import '../../src/main/library/export/csv';
import '../../src/main/library/export/docx';
import '../../src/main/library/export/markdown';
import '../../src/main/library/export/pdf';
