import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ChosenFolder } from '../../shared/ipc/contract';

/**
 * Folders the user picked in main's own dialog, remembered by an unguessable token. The renderer can ask
 * main to write into a folder only by a token from here: it never names a path.
 */
export class ChosenFolders {
  private readonly folders = new Map<string, string>();

  constructor(private readonly choose: () => Promise<string | null>) {}

  /** Shows the folder dialog; null when the user cancels. */
  async pick(): Promise<ChosenFolder | null> {
    const chosen = await this.choose();
    if (chosen === null || !path.isAbsolute(chosen)) return null;
    const folder = path.resolve(chosen);
    const existing = [...this.folders].find(([, known]) => known === folder);
    const token = existing?.[0] ?? randomBytes(16).toString('hex');
    this.folders.set(token, folder);
    return { token, path: folder };
  }

  /** The folder of a token, checked to still be a folder; throws for an unknown token. */
  async resolve(token: string): Promise<string> {
    const folder = this.folders.get(token);
    if (folder === undefined) throw new Error('unknown folder token: choose the folder again');
    if (!(await stat(folder)).isDirectory()) throw new Error(`${folder} is no longer a folder`);
    return folder;
  }
}
