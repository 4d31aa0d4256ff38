import type { BulletinApi } from '../../src/shared/contract';

declare global {
  interface Window {
    api: BulletinApi;
  }
}
