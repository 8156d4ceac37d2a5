import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './atomic-file';
import { pathInside } from './safe-names';

const PREFIX = '.ocop-job-';

/**
 * Where a job's files wait until the job completes: a hidden folder inside the target folder. Completing
 * moves each file into the target (a rename on the same disk, so each file appears whole); cancelling
 * or failing removes the folder, so the target keeps exactly what it had before.
 */
export class StagingFolder {
  private readonly names: string[] = [];

  private constructor(
    readonly target: string,
    private readonly dir: string,
  ) {}

  static async open(target: string, jobId: string): Promise<StagingFolder> {
    const dir = pathInside(target, `${PREFIX}${jobId}`);
    if (!dir) throw new Error(`job id ${jobId} is not a plain name`);
    await mkdir(dir, { recursive: true });
    return new StagingFolder(target, dir);
  }

  /** Removes the staging folders of jobs that did not finish (a crash, a closed app), except `keep`. */
  static async sweep(target: string, keep: ReadonlySet<string>): Promise<void> {
    let entries: string[];
    try {
      entries = await readdir(target);
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.startsWith(PREFIX) && !keep.has(entry.slice(PREFIX.length))) {
        await rm(path.join(target, entry), { recursive: true, force: true });
      }
    }
  }

  async put(name: string, bytes: Uint8Array): Promise<void> {
    const file = pathInside(this.dir, name);
    if (!file) throw new Error(`${name} is not a plain file name`);
    await writeFileAtomic(file, bytes);
    this.names.push(name);
  }

  /** Moves every staged file into the target, replacing files of the same name, then removes the folder. */
  async commit(): Promise<void> {
    for (const name of this.names) {
      const from = pathInside(this.dir, name);
      const to = pathInside(this.target, name);
      if (!from || !to) throw new Error(`${name} is not a plain file name`);
      await rename(from, to);
    }
    await rm(this.dir, { recursive: true, force: true });
  }

  async abort(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}
