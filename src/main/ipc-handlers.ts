/**
 * The old home of the handlers, kept so `ipc.ts`, `index.ts` and the e2e harness keep their imports.
 * The handlers live in `handlers/`, one module per domain.
 */
export { createHandlers, invokeChannel, type Dialogs, type Envelope, type HandlerDeps } from './handlers';
