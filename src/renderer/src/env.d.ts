/// <reference types="vite/client" />
import type { BulletinApi } from '../../shared/contract';

declare global {
  interface Window {
    /** Exposed by the preload script; see src/shared/contract.ts. */
    api: BulletinApi;
  }
}
