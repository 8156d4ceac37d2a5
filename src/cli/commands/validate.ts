import type { CliContext } from '../cli-context';
import { loadSession } from '../load-session';

/** `validate <session.json>`: says the file is valid, or lists every problem (exit code 2). */
export function validateCommand(ctx: CliContext, file: string): void {
  const { session, pack } = loadSession(ctx, file);
  ctx.io.stdout(
    `${ctx.t('cli.valid', {
      file,
      products: session.products.length,
      sheets: session.sheets.length,
      pack: `${pack.id} (v${pack.version})`,
    })}\n`,
  );
}
