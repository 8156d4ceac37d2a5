import { parseArgs } from 'node:util';
import { createI18n, translator } from '../shared/i18n/create-i18n';
import { isoDateOf, type IsoDate } from '../shared/domain/dates/iso-date';
import { isLanguage, type Language } from '../shared/i18n/messages';
import { PackStore } from '../main/rubric/pack-store';
import { CliInputError, type CliContext, type CliIo } from './cli-context';
import { archiveFromSessionCommand, archiveVerifyCommand } from './commands/archive';
import { renderCommand } from './commands/render';
import { resultsCommand } from './commands/results';
import { DEFAULT_SHOW_PACK, rubricListCommand, rubricShowCommand } from './commands/rubric';
import { validateCommand } from './commands/validate';

/** Exit codes: 0 done, 2 invalid input or usage (nothing was written). */
export const EXIT_OK = 0;
export const EXIT_INVALID = 2;

function pickLanguage(value: string | undefined, env: string | undefined): Language {
  if (isLanguage(value)) return value;
  return isLanguage(env) ? env : 'vi';
}

type Env = { lang?: string | undefined; packsDir: string; today?: IsoDate; fontsDir?: string };

/** Today as an ISO date in local time: the date documents print when --date is not given. */
function localToday(): IsoDate {
  const now = new Date();
  return isoDateOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * Parses `argv`, sets up the context and runs `command` with it: the synchronous commands return the
 * exit code, `render` a promise of it. Input errors become exit code 2 with their message on stderr.
 */
function dispatch(argv: readonly string[], io: CliIo, env: Env): number | Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        pack: { type: 'string' },
        'pack-file': { type: 'string', multiple: true },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        doc: { type: 'string' },
        out: { type: 'string' },
        title: { type: 'string' },
        date: { type: 'string' },
        'decision-number': { type: 'string' },
        'decision-date': { type: 'string' },
      },
    });
  } catch (error) {
    const t = translator(createI18n(pickLanguage(undefined, env.lang)));
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n\n${t('cli.usage')}\n`);
    return EXIT_INVALID;
  }
  const { values, positionals } = parsed;
  const language = pickLanguage(values.lang, env.lang);
  const t = translator(createI18n(language));
  const ctx: CliContext = { io, t, language, packs: new PackStore({ bundledDir: env.packsDir }) };
  const [command, ...rest] = positionals;
  const failed = (error: unknown): number => {
    if (!(error instanceof CliInputError)) throw error;
    io.stderr(`${error.lines.join('\n')}\n`);
    return EXIT_INVALID;
  };
  try {
    for (const file of values['pack-file'] ?? []) {
      let text: string;
      try {
        text = io.readFile(file);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new CliInputError([`${file}: ${t('issue.fileUnreadable', { detail })}`]);
      }
      const outcome = ctx.packs.importInMemory(text, new Date().toISOString());
      if (outcome.status === 'rejected') {
        throw new CliInputError([
          t('rubric.import.failed', { file }),
          ...outcome.issues.map((i) => `  - ${t(`issue.${i.key}`, i.params)}`),
        ]);
      }
    }
    const need = (value: string | undefined, what: string): string => {
      if (value === undefined)
        throw new CliInputError([t('cli.missingArgument', { what: t(what) }), '', t('cli.usage')]);
      return value;
    };
    if (values.help || command === undefined || command === 'help') {
      io.stdout(`${t('cli.usage')}\n`);
      return command === undefined && !values.help ? EXIT_INVALID : EXIT_OK;
    }
    if (command === 'render') {
      return renderCommand(ctx, {
        file: need(rest[0], 'cli.argumentFile'),
        doc: values.doc,
        out: values.out,
        title: values.title,
        date: values.date,
        decisionNumber: values['decision-number'],
        decisionDate: values['decision-date'],
        today: env.today ?? localToday(),
        ...(env.fontsDir ? { fontsDir: env.fontsDir } : {}),
      }).then(() => EXIT_OK, failed);
    }
    if (command === 'results') resultsCommand(ctx, need(rest[0], 'cli.argumentFile'), values.json);
    else if (command === 'validate') validateCommand(ctx, need(rest[0], 'cli.argumentFile'));
    else if (command === 'rubric' && rest[0] === 'list') rubricListCommand(ctx);
    else if (command === 'archive' && rest[0] === 'verify')
      archiveVerifyCommand(ctx, need(rest[1], 'cli.argumentArchive'));
    else if (command === 'archive' && rest[0] === 'from-session') {
      archiveFromSessionCommand(
        ctx,
        need(rest[1], 'cli.argumentFile'),
        need(values.out, 'cli.argumentOut'),
        new Date(),
      );
    } else if (command === 'rubric' && rest[0] === 'show') {
      rubricShowCommand(ctx, need(rest[1], 'cli.argumentSet'), values.pack ?? DEFAULT_SHOW_PACK, values.json);
    } else {
      throw new CliInputError([t('cli.unknownCommand', { command: [command, ...rest].join(' ') }), '', t('cli.usage')]);
    }
    return EXIT_OK;
  } catch (error) {
    return failed(error);
  }
}

/**
 * Runs the command line `argv` (without node and the script); returns the exit code. `render` is
 * asynchronous: use `runCliAsync` for it (this refuses it with exit code 2).
 */
export function runCli(argv: readonly string[], io: CliIo, env: Env): number {
  const code = dispatch(argv, io, env);
  if (typeof code === 'number') return code;
  void code.catch(() => undefined);
  io.stderr('render: use runCliAsync\n');
  return EXIT_INVALID;
}

/** Runs any command line, `render` included; resolves to the exit code. */
export async function runCliAsync(argv: readonly string[], io: CliIo, env: Env): Promise<number> {
  return dispatch(argv, io, env);
}
