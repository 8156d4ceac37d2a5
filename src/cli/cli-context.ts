import path from 'node:path';
import type { Language, Translate } from '../shared/i18n/messages';
import type { PackStore } from '../main/rubric/pack-store';

/** Where the CLI writes and reads; tests pass their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(file: string): string;
}

export interface CliContext {
  readonly io: CliIo;
  readonly t: Translate;
  readonly language: Language;
  readonly packs: PackStore;
}

/** An input problem the CLI reports (exit code 2); its lines are already in the user's language. */
export class CliInputError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'));
  }
}

/** The rubric packs shipped with the app, as the repository holds them. */
export const BUNDLED_PACKS_DIR = path.resolve(__dirname, '..', '..', 'resources', 'rubric-packs');
