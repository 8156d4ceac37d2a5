import {
  groupLogs,
  groupSheets,
  logsOf,
  productLogs,
  productRecordId,
  productSheets,
  ungroupLogs,
  withRecord,
} from '../../../shared/archive/sheet-records';
import { sealSheet } from '../../../shared/domain/council-session/canonical-sheet';
import { checkMemberKit, createMemberKit, type MemberKit } from '../../../shared/domain/council-session/member-kit';
import { allSealed, scoringMembersOf } from '../../../shared/domain/council-session/session-progress';
import { sessionFromFile } from '../../../shared/domain/council-session/session-from-file';
import type { CouncilSession } from '../../../shared/domain/council-session/session.schema';
import {
  checkSheetPacket,
  createSheetPacket,
  orderedChoices,
  type PacketSheet,
  type SheetPacket,
} from '../../../shared/domain/council-session/sheet-packet';
import {
  applySheetEvent,
  emptySheet,
  eventsOfLogs,
  logEventOf,
  sheetRecordId,
  type SheetEvent,
  type SheetLog,
  type SheetLogEvent,
  type SheetKey,
  type SheetSource,
  type SheetState,
} from '../../../shared/domain/council-session/sheet-events';
import type { ResultVersion } from '../../../shared/domain/council-session/result-version';
import type { IsoDate } from '../../../shared/domain/dates/iso-date';
import { issue, type DomainIssue } from '../../../shared/domain/issues/domain-issue';
import type { RubricPack, RubricSet } from '../../../shared/domain/rubric/rubric-pack.schema';
import type { CompiledSet } from '../../../shared/domain/scoring/compiled-set';
import type { Choice, SessionFile } from '../../../shared/domain/session/session-file.schema';
import type { SheetRecord } from './records';
import { refused, type RepositoryContext, type SaveResult } from './repository-context';
import { appendAudit, randomHex } from './session-log';
import type { SessionsRepository } from './sessions.repository';

/** One change to a sheet as a form reports it. */
export type SheetChange =
  | { readonly type: 'choose'; readonly criterionId: string; readonly choice: Choice }
  | { readonly type: 'clear'; readonly criterionId: string }
  | { readonly type: 'comment'; readonly comment: string };

/** A corrected sheet in an amendment of a finalised session. */
export interface SheetCorrection {
  readonly memberId: string;
  readonly productId: string;
  readonly round: number;
  readonly choices: Readonly<Record<string, Choice>>;
  readonly comment: string;
}

export interface PacketImport {
  readonly added: number;
  readonly duplicates: number;
}

/**
 * Score sheets as append-only events (every change is an event in the sheet's log, autosaved at once; the
 * sheet is the fold of its log, kept alongside for quick reading), their seals, the double entry of paper sheets, the sheet
 * packets of members' own laptops, member kits, session@1 import and the chair's amendments.
 */
export class SheetsRepository {
  constructor(
    private readonly ctx: RepositoryContext,
    private readonly sessions: SessionsRepository,
  ) {}

  async sheet(sessionId: string, key: SheetKey): Promise<SheetState | null> {
    const group = await this.ctx.db.productSheets.get(productRecordId({ sessionId, productId: key.productId }));
    const id = recordId(sessionId, key);
    const record = group?.sheets.find((sheet) => sheet.id === id);
    return record ? toState(record) : null;
  }

  /** Every event of the session's sheets, by time (each sheet's in its own order). */
  async events(sessionId: string): Promise<SheetEvent[]> {
    const records = await this.ctx.db.productLogs.where('sessionId').equals(sessionId).toArray();
    return eventsOfLogs(ungroupLogs(records)).sort((a, b) => a.at.localeCompare(b.at));
  }

  /** Records one change of a sheet being scored (autosave): refused when the sheet cannot change. */
  async record(
    sessionId: string,
    key: SheetKey,
    change: SheetChange,
    source: SheetSource,
  ): Promise<SaveResult<SheetState>> {
    const session = await this.sessions.get(sessionId);
    const problem = session ? this.editProblem(session, key) : issue('session.flow.unknownSession', []);
    if (problem) return refused([problem]);
    const current = await this.sheet(sessionId, key);
    if (current?.seal) return refused([issue('session.flow.sealed', [])]);
    return { ok: true, value: await this.append(sessionId, key, [change], source, current) };
  }

  /**
   * Seals a primary sheet: every criterion answered, and for a paper sheet typed twice, both typings
   * equal. The seal is the SHA-256 of the sheet's canonical form. When it was the last sheet of the round,
   * the scores are revealed (the session moves to review).
   */
  async seal(
    sessionId: string,
    key: SheetKey,
    set: RubricSet,
    source: SheetSource,
    actor: string,
  ): Promise<SaveResult<SheetState>> {
    const session = await this.sessions.get(sessionId);
    if (!session) return refused([issue('session.flow.unknownSession', [])]);
    const problem = this.editProblem(session, key);
    if (problem) return refused([problem]);
    const sheet = await this.sheet(sessionId, key);
    if (sheet?.seal) return refused([issue('session.flow.sealed', [])]);
    const missing = set.criteria.filter((c) => !sheet || !Object.hasOwn(sheet.choices, c.id)).length;
    if (!sheet || missing > 0) return refused([issue('session.flow.incompleteSheet', [], { missing })]);
    const verify = await this.sheet(sessionId, { ...key, layer: 'verify' });
    if (verify) {
      const mismatches = set.criteria.filter((c) => !sameChoice(verify.choices[c.id], sheet.choices[c.id])).length;
      if (mismatches > 0) return refused([issue('session.flow.mismatch', [], { count: mismatches })]);
    }
    const seal = sealSheet(set, {
      sessionId,
      pack: session.pack,
      ...key,
      choices: sheet.choices,
      comment: sheet.comment,
    });
    const sealed = await this.append(sessionId, key, [{ type: 'seal', seal }], source, sheet, actor);
    await this.afterSeal(sessionId);
    return { ok: true, value: sealed };
  }

  /**
   * Imports a member's sheet packet from their own laptop: checked against the session (member, MAC,
   * products, rounds, seals). A sheet already here with the same seal is a duplicate and ignored; a
   * different sealed sheet for the same member, product and round refuses the whole packet.
   */
  async importPacket(
    sessionId: string,
    input: unknown,
    setOf: (productSet: number) => RubricSet | undefined,
  ): Promise<SaveResult<PacketImport>> {
    const session = await this.sessions.get(sessionId);
    if (!session) return refused([issue('session.flow.unknownSession', [])]);
    if (session.phase !== 'scoring' && session.phase !== 'review') {
      return refused([
        issue(session.phase === 'finalised' ? 'session.flow.finalised' : 'session.flow.wrongPhase', [], {
          phase: session.phase,
        }),
      ]);
    }
    const checked = checkSheetPacket(input, session, setOf);
    if (!checked.ok) return refused(checked.issues);
    const member = session.members.find((m) => m.memberId === checked.packet.member.id);
    const fresh: PacketSheet[] = [];
    const conflicts: DomainIssue[] = [];
    for (const sheet of checked.sheets) {
      const key: SheetKey = {
        memberId: checked.packet.member.id,
        productId: sheet.product,
        round: sheet.round,
        layer: 'primary',
      };
      const existing = await this.sheet(sessionId, key);
      if (existing?.seal === sheet.seal) continue;
      if (existing?.seal) {
        const product = session.products.find((p) => p.productId === sheet.product);
        conflicts.push(
          issue('session.packet.conflict', [], {
            name: member?.name ?? '',
            product: product?.name ?? '',
            round: sheet.round,
          }),
        );
        continue;
      }
      fresh.push(sheet);
    }
    if (conflicts.length > 0) return refused(conflicts);
    for (const sheet of fresh) {
      const product = session.products.find((p) => p.productId === sheet.product);
      const set = product ? setOf(product.productSet) : undefined;
      if (!set) continue;
      const key: SheetKey = {
        memberId: checked.packet.member.id,
        productId: sheet.product,
        round: sheet.round,
        layer: 'primary',
      };
      const changes: SheetChange[] = [
        ...orderedChoices(set, sheet.choices).map(([criterionId, choice]): SheetChange => ({
          type: 'choose',
          criterionId,
          choice,
        })),
        { type: 'comment', comment: sheet.comment },
      ];
      const draft = await this.sheet(sessionId, key);
      const filled = await this.append(sessionId, key, changes, 'packet', draft?.seal ? null : draft);
      await this.append(
        sessionId,
        key,
        [{ type: 'seal', seal: sheet.seal }],
        'packet',
        filled,
        member?.memberId ?? 'secretary',
      );
    }
    await this.ctx.db.transaction('rw', this.ctx.db.sessionEvents, () =>
      appendAudit(this.ctx.db.sessionEvents, {
        id: this.ctx.newId(),
        sessionId,
        at: this.ctx.now().toISOString(),
        actor: member?.memberId ?? 'secretary',
        type: 'packet-imported',
        data: { member: member?.name ?? '', added: fresh.length, duplicates: checked.sheets.length - fresh.length },
      }),
    );
    await this.afterSeal(sessionId);
    return { ok: true, value: { added: fresh.length, duplicates: checked.sheets.length - fresh.length } };
  }

  /** The packet a member's laptop exports: all their sealed sheets of the session, authenticated. */
  async exportPacket(sessionId: string, memberId: string): Promise<SaveResult<SheetPacket>> {
    const session = await this.sessions.get(sessionId);
    const member = session?.members.find((m) => m.memberId === memberId);
    if (!session || !member) return refused([issue('session.flow.unknownSession', [])]);
    const sheets = [...(await this.sessions.sheets(sessionId)).values()].filter(
      (s) => s.memberId === memberId && s.layer === 'primary' && s.seal !== null,
    );
    if (sheets.length === 0) return refused([issue('session.flow.incompleteSheet', [], { missing: 0 })]);
    const packet = createSheetPacket(
      session,
      { id: member.memberId, name: member.name, packetKey: member.packetKey },
      sheets.map((s) => ({
        product: s.productId,
        round: s.round,
        choices: { ...s.choices },
        comment: s.comment,
        seal: s.seal as string,
        sealedAt: s.sealedAt ?? s.updatedAt,
      })),
      this.ctx.now().toISOString(),
    );
    return { ok: true, value: packet };
  }

  /** The kit for a member who scores on their own laptop. */
  async exportKit(sessionId: string, memberId: string, pack: RubricPack): Promise<SaveResult<MemberKit>> {
    const session = await this.sessions.get(sessionId);
    const member = session?.members.find((m) => m.memberId === memberId);
    if (!session || !member) return refused([issue('session.flow.unknownSession', [])]);
    if (session.phase !== 'scoring') return refused([issue('session.flow.wrongPhase', [], { phase: session.phase })]);
    return { ok: true, value: createMemberKit(session, memberId, pack, this.ctx.now().toISOString()) };
  }

  /** Opens a member kit on the member's own laptop: the session, for that member to score. */
  async importKit(input: unknown): Promise<SaveResult<MemberKit>> {
    const checked = checkMemberKit(input);
    if (!checked.ok) return refused(checked.issues);
    if (await this.sessions.get(checked.kit.session.id)) return refused([issue('session.kit.exists', [])]);
    await this.ctx.db.transaction('rw', this.ctx.db.sessions, this.ctx.db.sessionEvents, async () => {
      await this.ctx.db.sessions.add(checked.kit.session);
      await this.sessions.audit_(checked.kit.session.id, checked.kit.member, 'kit-imported', {});
    });
    return { ok: true, value: checked.kit };
  }

  /** Imports a session@1 file (validated by checkSession) as a session of this workspace. */
  async importFile(
    file: SessionFile,
    pack: RubricPack,
    title: string,
    date: IsoDate,
  ): Promise<SaveResult<CouncilSession>> {
    const now = this.ctx.now().toISOString();
    const { session, sheets } = sessionFromFile(file, pack, {
      sessionId: this.ctx.newId(),
      packetKey: randomHex,
      now,
      title,
      date,
    });
    const { db } = this.ctx;
    await db.transaction('rw', [db.sessions, db.productSheets, db.productLogs, db.sessionEvents], async () => {
      await db.sessions.add(session);
      const logs: SheetLog[] = [];
      const records: SheetRecord[] = [];
      for (const sheet of sheets) {
        const id = recordId(session.id, sheet);
        const base = { at: now, source: 'import' as const };
        const events: SheetLogEvent[] = Object.entries(sheet.choices).map(([criterionId, choice], index) => ({
          ...base,
          id: this.ctx.newId(),
          seq: index + 1,
          type: 'choose',
          criterionId,
          choice,
        }));
        if (sheet.seal)
          events.push({ ...base, id: this.ctx.newId(), seq: events.length + 1, type: 'seal', seal: sheet.seal });
        const { memberId, productId, round, layer } = sheet;
        logs.push({ id, sessionId: session.id, memberId, productId, round, layer, events });
        records.push({ ...sheet, id, sessionId: session.id });
      }
      await db.productSheets.bulkPut(groupSheets(records));
      await db.productLogs.bulkPut(groupLogs(logs));
      await this.sessions.audit_(session.id, 'secretary', 'imported', { sheets: sheets.length });
    });
    await this.afterSeal(session.id);
    return { ok: true, value: (await this.sessions.get(session.id)) ?? session };
  }

  /**
   * The chair's amendment of a finalised session: corrected sheets (each replacing a sealed sheet, sealed
   * anew) and a reason; the results become a new version, the earlier versions stay.
   */
  async amend(
    sessionId: string,
    chairId: string,
    reason: string,
    corrections: readonly SheetCorrection[],
    setOf: (productSet: number) => RubricSet | undefined,
    sets: ReadonlyMap<number, CompiledSet>,
  ): Promise<SaveResult<ResultVersion>> {
    const session = await this.sessions.get(sessionId);
    if (!session) return refused([issue('session.flow.unknownSession', [])]);
    if (session.phase !== 'finalised') return refused([issue('session.flow.wrongPhase', [], { phase: session.phase })]);
    if (!this.sessions.isChair(session, chairId)) return refused([issue('session.flow.notChair', [])]);
    if (reason.trim() === '') return refused([issue('session.flow.reasonRequired', ['reason'])]);
    const amendmentId = this.ctx.newId();
    const problems: DomainIssue[] = [];
    const planned: { key: SheetKey; set: RubricSet; correction: SheetCorrection; current: SheetState }[] = [];
    for (const correction of corrections) {
      const key: SheetKey = {
        memberId: correction.memberId,
        productId: correction.productId,
        round: correction.round,
        layer: 'primary',
      };
      const current = await this.sheet(sessionId, key);
      const product = session.products.find((p) => p.productId === correction.productId);
      const set = product ? setOf(product.productSet) : undefined;
      if (!current?.seal || !set) {
        problems.push(issue('session.flow.sealed', []));
        continue;
      }
      const missing = set.criteria.filter((c) => !Object.hasOwn(correction.choices, c.id)).length;
      if (missing > 0) problems.push(issue('session.flow.incompleteSheet', [], { missing }));
      planned.push({ key, set, correction, current });
    }
    if (problems.length > 0) return refused(problems);
    for (const { key, set, correction, current } of planned) {
      const seal = sealSheet(set, {
        sessionId,
        pack: session.pack,
        ...key,
        choices: correction.choices,
        comment: correction.comment,
      });
      const changes: SheetChange[] = [
        ...orderedChoices(set, correction.choices).map(([criterionId, choice]): SheetChange => ({
          type: 'choose',
          criterionId,
          choice,
        })),
        { type: 'comment', comment: correction.comment },
      ];
      const filled = await this.append(sessionId, key, changes, 'amendment', current, chairId, amendmentId);
      await this.append(sessionId, key, [{ type: 'seal', seal }], 'amendment', filled, chairId, amendmentId);
    }
    return { ok: true, value: await this.sessions.addVersion(session, reason.trim(), chairId, sets) };
  }

  /** Why a sheet cannot be edited now, or null. */
  private editProblem(session: CouncilSession, key: SheetKey): DomainIssue | null {
    if (session.phase === 'finalised') return issue('session.flow.finalised', [], { phase: session.phase });
    if (session.phase !== 'scoring') return issue('session.flow.wrongPhase', [], { phase: session.phase });
    const product = session.products.find((p) => p.productId === key.productId);
    const member = session.members.find((m) => m.memberId === key.memberId);
    if (!product || !member || product.disqualified !== null || key.round !== product.round) {
      return issue('session.flow.notScoring', [], {
        name: member?.name ?? key.memberId,
        product: product?.name ?? key.productId,
      });
    }
    if (!scoringMembersOf(session, product).includes(key.memberId)) {
      return issue('session.flow.notScoring', [], { name: member.name, product: product.name });
    }
    if (session.remoteMember !== null && session.remoteMember !== key.memberId) {
      return issue('session.flow.notScoring', [], { name: member.name, product: product.name });
    }
    return null;
  }

  /** Appends events for `changes` to the sheet's log, and the sheet they fold into, in one transaction. */
  private async append(
    sessionId: string,
    key: SheetKey,
    changes: readonly (SheetChange | { type: 'seal'; seal: string })[],
    source: SheetSource,
    current: SheetState | null,
    actor?: string,
    amendmentId?: string,
  ): Promise<SheetState> {
    const { db } = this.ctx;
    const at = this.ctx.now().toISOString();
    let sheet = current ?? emptySheet(key, source, at);
    const id = recordId(sessionId, key);
    const groupId = productRecordId({ sessionId, productId: key.productId });
    await db.transaction('rw', [db.productLogs, db.productSheets, db.sessionEvents], async () => {
      const group = logsOf(await db.productLogs.get(groupId));
      const log = group.find((l) => l.id === id) ?? { id, sessionId, ...key, events: [] };
      let seq = (log.events[log.events.length - 1]?.seq ?? 0) + 1;
      const events = [...log.events];
      for (const change of changes) {
        const event: SheetEvent = {
          id: this.ctx.newId(),
          sessionId,
          ...key,
          seq: seq++,
          at,
          source,
          ...change,
          ...(amendmentId ? { amendmentId } : {}),
        };
        events.push(logEventOf(event));
        sheet = applySheetEvent(sheet, event);
      }
      const product = { sessionId, productId: key.productId };
      await db.productLogs.put(productLogs(product, withRecord(group, { ...log, events })));
      const sheets = (await db.productSheets.get(groupId))?.sheets ?? [];
      await db.productSheets.put(productSheets(product, withRecord(sheets, { ...sheet, id, sessionId })));
      const sealed = changes.find((c) => c.type === 'seal');
      if (sealed && 'seal' in sealed) {
        await appendAudit(db.sessionEvents, {
          id: this.ctx.newId(),
          sessionId,
          at,
          actor: actor ?? key.memberId,
          type: amendmentId ? 'sheet-amended' : 'sheet-sealed',
          data: {
            member: key.memberId,
            product: key.productId,
            round: key.round,
            source,
            seal: sealed.seal.slice(0, 12),
          },
        });
      }
    });
    return sheet;
  }

  /** After a seal: when every expected sheet is sealed, the scores are revealed (the session moves to review). */
  private async afterSeal(sessionId: string): Promise<void> {
    const session = await this.sessions.get(sessionId);
    if (!session || session.phase !== 'scoring' || session.remoteMember !== null) return;
    if (!allSealed(session, await this.sessions.sheets(sessionId))) return;
    const at = this.ctx.now().toISOString();
    await this.ctx.db.transaction('rw', this.ctx.db.sessions, this.ctx.db.sessionEvents, async () => {
      await this.ctx.db.sessions.put({ ...session, phase: 'review', updatedAt: at });
      await this.sessions.audit_(sessionId, 'secretary', 'revealed', { early: false });
    });
  }
}

function recordId(sessionId: string, key: SheetKey): string {
  return sheetRecordId({ ...key, sessionId });
}

function toState({ id: _id, sessionId: _s, ...sheet }: SheetRecord): SheetState {
  return sheet;
}

function sameChoice(a: Choice | undefined, b: Choice | undefined): boolean {
  return JSON.stringify(a ?? 'unanswered') === JSON.stringify(b ?? 'unanswered');
}
