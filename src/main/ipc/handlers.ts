import { archiveHandlers } from './archive.handlers';
import type { HandlerMap } from './dispatcher';
import { documentsHandlers } from './documents.handlers';
import { exchangeHandlers } from './exchange.handlers';
import { rubricHandlers } from './rubric.handlers';
import path from 'node:path';
import { documentPlanner } from '../documents/document-plan';
import { SnapshotStore } from '../archive/snapshot-store';
import { PackStore } from '../rubric/pack-store';

/** What the handlers need from the outside world; Electron and the e2e fixture each provide it. */
export interface MainDeps {
  readonly appName: string;
  readonly appVersion: string;
  /** The app's data folder (Electron's userData). */
  readonly dataDir: string;
  /** resources/rubric-packs: in the repository, or process.resourcesPath/rubric-packs when packaged. */
  readonly bundledPacksDir: string;
  /** resources/fonts (Tinos): in the repository, or process.resourcesPath/fonts when packaged. */
  readonly fontsDir: string;
  readonly now: () => Date;
  /** Main's folder dialog (Electron's dialog.showOpenDialog; a stub in tests); null when cancelled. */
  readonly chooseFolder: () => Promise<string | null>;
  /** Opens a file in the system's viewer (Electron's shell.openPath; a stub in tests). */
  readonly openPath: (file: string) => Promise<void>;
}

/** The whole handler map of the main process. */
export function createHandlers(deps: MainDeps): HandlerMap {
  const packs = new PackStore({ bundledDir: deps.bundledPacksDir, userDir: path.join(deps.dataDir, 'rubric-packs') });
  return {
    'app:info': () => ({ name: deps.appName, version: deps.appVersion, dataDir: deps.dataDir }),
    ...rubricHandlers(packs, deps.now),
    ...exchangeHandlers(),
    ...documentsHandlers({
      dataDir: deps.dataDir,
      now: deps.now,
      chooseFolder: deps.chooseFolder,
      openPath: deps.openPath,
      planner: documentPlanner(packs, deps.fontsDir),
    }),
    ...archiveHandlers(
      new SnapshotStore({
        dir: path.join(deps.dataDir, 'snapshots'),
        now: deps.now,
        log: (message) => console.warn(message),
      }),
    ),
  };
}
