import { parentPort } from 'node:worker_threads';
import { normalizeText } from '../../src/main/library/import/normalize';

// A worker entry used by start-worker.test.ts: answers each message with the normalised text.
parentPort?.on('message', (text: string) => parentPort?.postMessage(normalizeText(text)));
