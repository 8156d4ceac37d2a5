import type { CliContext } from './cli-context';
import { CliInputError } from './cli-context';

/** Reads and parses a JSON file, or stops with a message naming the file and what is wrong. */
export function readJsonFile(ctx: CliContext, file: string): unknown {
  let text: string;
  try {
    text = ctx.io.readFile(file);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliInputError([`${file}: ${ctx.t('issue.fileUnreadable', { detail })}`]);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliInputError([`${file}: ${ctx.t('issue.json', { detail })}`, ctx.t('cli.fixAndRetry')]);
  }
}
