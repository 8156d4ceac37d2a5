import type { HandlerMap } from './dispatcher';
import { exchangeHandlers } from './exchange.handlers';
import { rubricHandlers } from './rubric.handlers';
import path from 'node:path';
import { PackStore } from '../rubric/pack-store';

/** What the handlers need from the outside world; Electron and the e2e fixture each provide it. */
export interface MainDeps {
  readonly appName: string;
  readonly appVersion: string;
  /** The app's data folder (Electron's userData). */
  readonly dataDir: string;
  /** resources/rubric-packs: in the repository, or process.resourcesPath/rubric-packs when packaged. */
  readonly bundledPacksDir: string;
  readonly now: () => Date;
}

/** The whole handler map of the main process. */
export function createHandlers(deps: MainDeps): HandlerMap {
  const packs = new PackStore({ bundledDir: deps.bundledPacksDir, userDir: path.join(deps.dataDir, 'rubric-packs') });
  return {
    'app:info': () => ({ name: deps.appName, version: deps.appVersion, dataDir: deps.dataDir }),
    ...rubricHandlers(packs, deps.now),
    ...exchangeHandlers(),
  };
}
