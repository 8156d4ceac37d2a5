/// <reference types="vite/client" />
import type { CouncilApi } from '../../shared/ipc/council-api';

declare global {
  interface Window {
    /** Built by the preload (or the e2e fixture) from the IPC channel list. */
    readonly council: CouncilApi;
  }
}
