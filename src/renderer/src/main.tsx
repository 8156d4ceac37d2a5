import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { WorkspaceProvider, rememberedWorkspace } from './app/WorkspaceProvider';
import { openRepositories, type Repositories } from './db/database';
import { prepareWorkspace } from './db/demo/prepare-workspace';
import {
  dailySnapshot,
  requestPersistentStorage,
  snapshotBeforeOpening,
  watchForQuotaErrors,
} from './features/archive';
import { initI18n } from './i18n/i18n';
import './styles/app.css';

/** Before a workspace is shown: a snapshot when its database is about to be upgraded, the demo's data. */
async function prepare(repositories: Repositories): Promise<void> {
  await snapshotBeforeOpening(repositories.workspace);
  await prepareWorkspace(repositories);
}

async function start(): Promise<void> {
  watchForQuotaErrors();
  void requestPersistentStorage();
  const repositories = openRepositories(rememberedWorkspace());
  await prepare(repositories);
  const language = (await repositories.settings.language()) ?? 'vi';
  const i18n = initI18n(language);
  document.title = i18n.t('app.name');
  i18n.on('languageChanged', () => (document.title = i18n.t('app.name')));
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <WorkspaceProvider initial={repositories} prepare={prepare}>
        <App />
      </WorkspaceProvider>
    </StrictMode>,
  );
  // The first start of the day keeps a snapshot (in the background: the app is already usable).
  void dailySnapshot(repositories);
}

void start();
