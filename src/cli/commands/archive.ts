import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { archiveFromSessionFile } from '../../shared/archive/archive-from-session';
import { checkArchive } from '../../shared/archive/check-archive';
import { verifyArchive } from '../../shared/archive/verify-archive';
import { sha256Hex } from '../../shared/domain/council-session/canonical-sheet';
import type { IsoDate } from '../../shared/domain/dates/iso-date';
import { describeIssue } from '../../shared/i18n/describe-issue';
import { CliInputError, type CliContext } from '../cli-context';
import { loadSession } from '../load-session';
import { readJsonFile } from '../read-json-file';

/**
 * `archive verify <file>`: the file's structure (schema, ids, references), then its integrity (seals, the
 * append-only events, result versions, the hash chain); every problem names the record.
 */
export function archiveVerifyCommand(ctx: CliContext, file: string): void {
  const input = readJsonFile(ctx, file);
  const checked = checkArchive(input);
  const problems = checked.ok ? verifyArchive(checked.archive) : checked.issues;
  if (problems.length > 0) {
    throw new CliInputError([
      ctx.t('cli.archive.invalid', { file, count: problems.length }),
      ...problems.map((found) => `  - ${describeIssue(found, ctx.t)}`),
    ]);
  }
  if (!checked.ok) return;
  const { tables, chain } = checked.archive;
  ctx.io.stdout(
    `${ctx.t('cli.archive.valid', {
      file,
      sessions: tables.sessions.length,
      sheets: tables.sheets.length,
      products: tables.products.length,
      chain: (chain.head ?? '').slice(0, 12) || '—',
      links: chain.length,
    })}\n`,
  );
}

/** `archive from-session <session.json> --out <file>`: an archive holding that session, its sheets sealed. */
export function archiveFromSessionCommand(ctx: CliContext, file: string, out: string, now: Date): void {
  const { session, pack } = loadSession(ctx, file);
  const digest = sha256Hex(JSON.stringify(session));
  const sessionId = `session-${digest.slice(0, 16)}`;
  let keys = 0;
  const archive = archiveFromSessionFile(session, pack, {
    sessionId,
    title: session.council.name,
    date: now.toISOString().slice(0, 10) as IsoDate,
    now: now.toISOString(),
    packetKey: () => sha256Hex(`${sessionId}|key|${(keys += 1)}`),
    app: { name: 'OCOP Council CLI', version: '1' },
  });
  // Written beside the target, then renamed: an interrupted run leaves no half file.
  const temporary = `${out}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, JSON.stringify(archive));
    renameSync(temporary, out);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new CliInputError([
      ctx.t('cli.archive.writeFailed', { file: out, detail: error instanceof Error ? error.message : String(error) }),
    ]);
  }
  ctx.io.stdout(
    `${ctx.t('cli.archive.written', { file: out, sheets: archive.tables.sheets.length, chain: (archive.chain.head ?? '').slice(0, 12) })}\n`,
  );
}
