import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { WorkspaceProvider, rememberedWorkspace } from './app/WorkspaceProvider';
import { openRepositories } from './db/database';
import { prepareWorkspace } from './db/demo/prepare-workspace';
import { initI18n } from './i18n/i18n';
import './styles/app.css';

async function start(): Promise<void> {
  const repositories = openRepositories(rememberedWorkspace());
  await prepareWorkspace(repositories);
  const language = (await repositories.settings.language()) ?? 'vi';
  const i18n = initI18n(language);
  document.title = i18n.t('app.name');
  i18n.on('languageChanged', () => (document.title = i18n.t('app.name')));
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <WorkspaceProvider initial={repositories} prepare={prepareWorkspace}>
        <App />
      </WorkspaceProvider>
    </StrictMode>,
  );
}

void start();
