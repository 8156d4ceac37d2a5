import { sessionFromFile } from '../domain/council-session/session-from-file';
import { sheetRecordId, type SheetLog } from '../domain/council-session/sheet-events';
import type { IsoDate } from '../domain/dates/iso-date';
import type { RubricPack } from '../domain/rubric/rubric-pack.schema';
import type { SessionFile } from '../domain/session/session-file.schema';
import type { Archive } from './archive.schema';
import { buildArchive, emptyTables } from './build-archive';

/**
 * An archive holding one session made from a session@1 file (validated by checkSession): the session,
 * its sheets sealed as scored, their logs (an event per choice, then the seal) and the pack. Ids and keys
 * come from `ids` so the result is reproducible when the caller wants it to be.
 */
export function archiveFromSessionFile(
  file: SessionFile,
  pack: RubricPack,
  context: {
    sessionId: string;
    title: string;
    date: IsoDate;
    now: string;
    packetKey: () => string;
    app: { name: string; version: string };
  },
): Archive {
  const { session, sheets } = sessionFromFile(file, pack, {
    sessionId: context.sessionId,
    packetKey: context.packetKey,
    now: context.now,
    title: context.title,
    date: context.date,
  });
  const tables = emptyTables();
  const logs: SheetLog[] = [];
  let seq = 0;
  for (const sheet of sheets) {
    const key = { sessionId: session.id, memberId: sheet.memberId, productId: sheet.productId };
    const log: SheetLog = {
      id: sheetRecordId({ ...key, ...sheet }),
      ...key,
      round: sheet.round,
      layer: sheet.layer,
      events: [],
    };
    const base = { at: context.now, source: 'import' as const };
    for (const [criterionId, choice] of Object.entries(sheet.choices)) {
      seq += 1;
      log.events.push({ ...base, id: `${session.id}-e${seq}`, seq, type: 'choose', criterionId, choice });
    }
    if (sheet.seal) {
      seq += 1;
      log.events.push({ ...base, id: `${session.id}-e${seq}`, seq, type: 'seal', seal: sheet.seal });
    }
    logs.push(log);
  }
  return buildArchive({
    tables: {
      ...tables,
      sessions: [session],
      sheets: sheets.map((s) => ({ ...s, id: sheetRecordId({ ...s, sessionId: session.id }), sessionId: session.id })),
      sheetLogs: logs,
      sessionEvents: [
        {
          id: `${session.id}-created`,
          sessionId: session.id,
          seq: 1,
          at: context.now,
          actor: 'secretary',
          type: 'imported',
          data: { sheets: sheets.length },
        },
      ],
    },
    packs: [pack],
    documents: [],
    exportedAt: context.now,
    app: context.app,
    workspace: 'main',
  });
}
