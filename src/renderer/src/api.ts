/** The typed client over the preload's API. Every call returns a promise that rejects with a readable Error. */
import type { BulletinApi } from '../../shared/contract';

export const api: BulletinApi = window.api;
