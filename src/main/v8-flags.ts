/** V8 flags for Electron's main process (`--js-flags`): a young generation capped at 8 MB a semi-space. */
export const MAIN_JS_FLAGS = '--max-semi-space-size=8';
