import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../shared/ipc/channels';
import { isAppUrl } from '../security/navigation';
import type { Dispatch } from './dispatcher';

/**
 * Registers every channel with ipcMain. A request counts as trusted only when it comes from the main
 * frame of our window while it shows the app's own page.
 */
export function registerIpc(dispatch: Dispatch, window: () => BrowserWindow | null, origins: readonly string[]): void {
  const trusted = (event: IpcMainInvokeEvent): boolean => {
    const frame = event.senderFrame;
    const main = window()?.webContents.mainFrame;
    return frame !== null && main !== undefined && frame === main && isAppUrl(frame.url, origins);
  };
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => dispatch({ trusted: trusted(event) }, channel, payload));
  }
}
