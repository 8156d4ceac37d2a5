import { BrowserWindow } from 'electron';
import path from 'node:path';
import { denyPermissions, lockNavigation } from '../security/harden-session';

/** The one app window, hardened (../shared/STYLE.md, "Security baseline"). */
export function createMainWindow(entryUrl: string, origins: readonly string[]): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      preload: path.join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      // Middle-click would open links in a new window outside the navigation guard.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  denyPermissions(window.webContents.session);
  lockNavigation(window.webContents, origins);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(entryUrl);
  return window;
}
