/** Electron main: lifecycle only. Everything it wires up is plain, tested TypeScript. */
import { app, dialog, shell, type BrowserWindow } from 'electron';
import path from 'node:path';
import { createDispatcher } from './ipc/dispatcher';
import { createHandlers } from './ipc/handlers';
import { registerIpc } from './ipc/register-ipc';
import { APP_ENTRY_URL, APP_ORIGIN } from './security/navigation';
import { registerAppScheme, serveRenderer } from './windows/app-protocol';
import { createMainWindow } from './windows/main-window';

const devServer = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const origins = devServer ? [APP_ORIGIN, new URL(devServer).origin] : [APP_ORIGIN];
let mainWindow: BrowserWindow | null = null;

registerAppScheme();
// Chromium's own texts (context menus, built-in messages) in Vietnamese, the councils' language.
app.commandLine.appendSwitch('lang', 'vi');
if (!app.requestSingleInstanceLock()) app.quit();

app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});

app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

void app.whenReady().then(() => {
  const resources = app.isPackaged ? process.resourcesPath : path.join(app.getAppPath(), 'resources');
  const handlers = createHandlers({
    appName: app.getName(),
    appVersion: app.getVersion(),
    dataDir: app.getPath('userData'),
    bundledPacksDir: path.join(resources, 'rubric-packs'),
    fontsDir: path.join(resources, 'fonts'),
    now: () => new Date(),
    chooseFolder: async () => {
      const options = { properties: ['openDirectory', 'createDirectory'] } satisfies Electron.OpenDialogOptions;
      const chosen = mainWindow
        ? await dialog.showOpenDialog(mainWindow, options)
        : await dialog.showOpenDialog(options);
      return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
    },
    openPath: async (file) => {
      const problem = await shell.openPath(file);
      if (problem !== '') throw new Error(problem);
    },
  });
  registerIpc(
    createDispatcher(handlers, (message) => console.warn(message)),
    () => mainWindow,
    origins,
  );
  serveRenderer(path.join(__dirname, '../renderer'));
  mainWindow = createMainWindow(devServer ?? APP_ENTRY_URL, origins);
  mainWindow.on('closed', () => (mainWindow = null));
});

app.on('window-all-closed', () => app.quit());
