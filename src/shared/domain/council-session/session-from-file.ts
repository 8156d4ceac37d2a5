import type { SessionFile } from '../session/session-file.schema';
import type { CouncilSession } from './session.schema';
import type { SheetState } from './sheet-events';
import { sealSheet } from './canonical-sheet';
import type { RubricPack } from '../rubric/rubric-pack.schema';
import type { IsoDate } from '../dates/iso-date';

/** What importing a session@1 file needs from outside: ids, keys, the clock, the meeting's details. */
export interface ImportContext {
  readonly sessionId: string;
  readonly packetKey: () => string;
  readonly now: string;
  readonly title: string;
  readonly date: IsoDate;
}

/**
 * A session@1 file (validated by checkSession) as a session of the app, with its sheets sealed as they
 * were scored. Each product is in the latest round it has sheets for; the session is in review when every
 * scoring member has sealed that round, else still scoring.
 */
export function sessionFromFile(
  file: SessionFile,
  pack: RubricPack,
  context: ImportContext,
): { session: CouncilSession; sheets: SheetState[] } {
  const latest = new Map<string, number>();
  for (const sheet of file.sheets) latest.set(sheet.product, Math.max(latest.get(sheet.product) ?? 1, sheet.round));
  const session: CouncilSession = {
    id: context.sessionId,
    councilName: file.council.name,
    roundId: null,
    title: context.title,
    profile: file.profile,
    pack: { id: pack.id, version: pack.version },
    rules: file.rules,
    date: context.date,
    place: '',
    members: file.council.members.map((m) => ({
      memberId: m.id,
      name: m.name,
      role: m.role,
      title: '',
      scores: m.scores,
      present: m.present,
      pinHash: null,
      packetKey: context.packetKey(),
    })),
    products: file.products.map((p) => ({
      productId: p.id,
      dossierId: null,
      name: p.name,
      productSet: p.productSet,
      producerName: p.producer,
      code: '',
      attempt: p.attempt,
      conflicts: p.recused.map((memberId) => ({ memberId, note: '' })),
      disqualified: p.disqualified,
      round: latest.get(p.id) ?? 1,
    })),
    phase: 'scoring',
    revealedAt: null,
    confirmation: null,
    finalisedAt: null,
    remoteMember: null,
    createdAt: context.now,
    updatedAt: context.now,
  };
  const setOf = new Map(pack.sets.map((s) => [s.no, s]));
  const productSet = new Map(file.products.map((p) => [p.id, p.productSet]));
  const sheets = file.sheets.map((sheet): SheetState => {
    const set = setOf.get(productSet.get(sheet.product) ?? 0);
    const content = {
      sessionId: session.id,
      pack: session.pack,
      memberId: sheet.member,
      productId: sheet.product,
      round: sheet.round,
      choices: sheet.choices,
      comment: '',
    };
    return {
      memberId: sheet.member,
      productId: sheet.product,
      round: sheet.round,
      layer: 'primary',
      choices: sheet.choices,
      comment: '',
      seal: set ? sealSheet(set, content) : null,
      sealedAt: context.now,
      source: 'import',
      updatedAt: context.now,
    };
  });
  return { session, sheets };
}
