import type { IsoDate } from '../../../shared/domain/dates/iso-date';
import { issue, type DomainIssue } from '../../../shared/domain/issues/domain-issue';
import { pinHash } from '../../../shared/domain/council-session/member-pin';
import { resultVersionHash, type ResultVersion } from '../../../shared/domain/council-session/result-version';
import { allSealed, startProblems } from '../../../shared/domain/council-session/session-progress';
import { sessionResults, toSessionFile } from '../../../shared/domain/council-session/session-file';
import {
  councilSessionSchema,
  type CouncilSession,
  type SessionPhase,
} from '../../../shared/domain/council-session/session.schema';
import { ungroupSheets } from '../../../shared/archive/sheet-records';
import type { SheetState } from '../../../shared/domain/council-session/sheet-events';
import type { CompiledSet } from '../../../shared/domain/scoring/compiled-set';
import type { SessionResults } from '../../../shared/domain/scoring/compute-results';
import type { SessionFile } from '../../../shared/domain/session/session-file.schema';
import { dossierStatus } from '../../../shared/domain/workspace/dossier.schema';
import type { SessionEventRecord } from './records';
import { refused, validated, type RepositoryContext, type SaveResult } from './repository-context';
import { appendAudit, randomHex } from './session-log';

export interface SessionCreateInput {
  readonly title: string;
  readonly roundId: string | null;
  readonly date: IsoDate;
  readonly place: string;
  readonly pack: { readonly id: string; readonly version: number };
  /** Dossiers that passed the pre-check; their products are scored. */
  readonly dossierIds: readonly string[];
}

/** Statuses that keep the chair from confirming: the sheets or the spread rule are not settled. */
const UNSETTLED = new Set(['incomplete', 'rescore', 'no-quorum']);

/**
 * Council sessions: preparation (attendance, PINs, conflicts, exclusions), the phase changes of the
 * session (start, reveal, re-score rounds, the chair's confirmation, finalisation, amendments) and the
 * audit log. Sheets and their events are in SheetsRepository. Every change checks the session's rules
 * first and writes nothing when it is refused.
 */
export class SessionsRepository {
  constructor(private readonly ctx: RepositoryContext) {}

  async list(): Promise<CouncilSession[]> {
    return (await this.ctx.db.sessions.toArray()).sort(
      (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
    );
  }

  async get(id: string): Promise<CouncilSession | null> {
    return (await this.ctx.db.sessions.get(id)) ?? null;
  }

  /** The sheets of a session as they stand, by sheet id (member|product|round|layer). */
  async sheets(sessionId: string): Promise<Map<string, SheetState>> {
    const records = ungroupSheets(await this.ctx.db.productSheets.where('sessionId').equals(sessionId).toArray());
    return new Map(records.map(({ id, sessionId: _s, ...sheet }) => [id.slice(sessionId.length + 1), sheet]));
  }

  async audit(sessionId: string): Promise<SessionEventRecord[]> {
    return this.ctx.db.sessionEvents
      .where('[sessionId+seq]')
      .between([sessionId, -Infinity], [sessionId, Infinity])
      .toArray();
  }

  async versions(sessionId: string): Promise<ResultVersion[]> {
    return (await this.ctx.db.resultVersions.where('sessionId').equals(sessionId).toArray()).sort(
      (a, b) => a.version - b.version,
    );
  }

  /**
   * A new session for a round: the council's members serving on the day (all marked present, to be
   * corrected at the roll call) and the products of the chosen dossiers, which must have passed the
   * pre-check and not been scored yet.
   */
  async create(input: SessionCreateInput, actor = 'secretary'): Promise<SaveResult<CouncilSession>> {
    const council = await this.ctx.db.councils.toCollection().first();
    if (!council) return refused([issue('form.notFound', ['council'])]);
    const members = (await this.ctx.db.members.where('body').equals('council').toArray()).filter(
      (m) => m.activeFrom <= input.date && (m.activeTo === null || m.activeTo >= input.date),
    );
    const products: CouncilSession['products'] = [];
    const problems: DomainIssue[] = [];
    for (const [index, dossierId] of input.dossierIds.entries()) {
      const dossier = await this.ctx.db.dossiers.get(dossierId);
      const product = dossier ? await this.ctx.db.products.get(dossier.productId) : undefined;
      const producer = product ? await this.ctx.db.producers.get(product.producerId) : undefined;
      if (!dossier || !product || !producer || dossierStatus(dossier) !== 'complete') {
        problems.push(
          issue('session.flow.dossierNotReady', ['dossierIds', index], { name: product?.name ?? dossierId }),
        );
        continue;
      }
      products.push({
        productId: product.id,
        dossierId: dossier.id,
        name: product.name,
        productSet: product.productSet,
        producerName: producer.name,
        code: product.code,
        attempt: dossier.attempt,
        conflicts: [],
        disqualified: null,
        round: 1,
      });
    }
    if (problems.length > 0) return refused(problems);
    const now = this.ctx.now().toISOString();
    const result = validated(councilSessionSchema, {
      id: this.ctx.newId(),
      councilName: council.councilName,
      roundId: input.roundId,
      title: input.title,
      profile: council.profile,
      pack: input.pack,
      rules: council.rules,
      date: input.date,
      place: input.place,
      members: members.map((m) => ({
        memberId: m.id,
        name: m.name,
        role: m.role === 'leader' ? 'member' : m.role,
        title: m.title,
        scores: m.scores,
        present: true,
        pinHash: null,
        packetKey: randomHex(),
      })),
      products,
      phase: 'preparing',
      revealedAt: null,
      confirmation: null,
      finalisedAt: null,
      remoteMember: null,
      createdAt: now,
      updatedAt: now,
    });
    if (!result.ok) return result;
    await this.ctx.db.transaction('rw', this.ctx.db.sessions, this.ctx.db.sessionEvents, async () => {
      await this.ctx.db.sessions.add(result.value);
      await this.audit_(result.value.id, actor, 'created', { products: products.length, members: members.length });
    });
    return result;
  }

  async setAttendance(sessionId: string, memberId: string, present: boolean): Promise<SaveResult<CouncilSession>> {
    return this.change(sessionId, ['preparing'], 'secretary', 'attendance', { member: memberId, present }, (s) => ({
      ...s,
      members: s.members.map((m) => (m.memberId === memberId ? { ...m, present } : m)),
    }));
  }

  /** Sets (or with null, removes) a member's PIN for the member picker. */
  async setPin(sessionId: string, memberId: string, pin: string | null): Promise<SaveResult<CouncilSession>> {
    return this.change(
      sessionId,
      ['preparing', 'scoring'],
      memberId,
      'pin',
      { member: memberId, set: pin !== null },
      (s) => ({
        ...s,
        members: s.members.map((m) =>
          m.memberId === memberId ? { ...m, pinHash: pin === null ? null : pinHash(s.id, memberId, pin) } : m,
        ),
      }),
    );
  }

  /** A member declares a conflict of interest with a product and is recused for it. */
  async declareConflict(
    sessionId: string,
    productId: string,
    memberId: string,
    note: string,
  ): Promise<SaveResult<CouncilSession>> {
    return this.change(
      sessionId,
      ['preparing'],
      memberId,
      'conflict',
      { member: memberId, product: productId },
      (s) => ({
        ...s,
        products: s.products.map((p) =>
          p.productId === productId && !p.conflicts.some((c) => c.memberId === memberId)
            ? { ...p, conflicts: [...p.conflicts, { memberId, note }] }
            : p,
        ),
      }),
    );
  }

  async withdrawConflict(sessionId: string, productId: string, memberId: string): Promise<SaveResult<CouncilSession>> {
    return this.change(
      sessionId,
      ['preparing'],
      'secretary',
      'conflict-withdrawn',
      { member: memberId, product: productId },
      (s) => ({
        ...s,
        products: s.products.map((p) =>
          p.productId === productId ? { ...p, conflicts: p.conflicts.filter((c) => c.memberId !== memberId) } : p,
        ),
      }),
    );
  }

  /** Excludes a product (a knockout found at the meeting, with its reason): it is no longer scored. */
  async disqualify(sessionId: string, productId: string, reason: string): Promise<SaveResult<CouncilSession>> {
    if (reason.trim() === '') return refused([issue('form.precheckNotes', ['disqualified'])]);
    return this.change(
      sessionId,
      ['preparing', 'scoring'],
      'secretary',
      'disqualified',
      { product: productId },
      (s) => ({
        ...s,
        products: s.products.map((p) => (p.productId === productId ? { ...p, disqualified: reason.trim() } : p)),
      }),
    );
  }

  /** Starts the scoring: the quorum gate and the forms of every product are checked first. */
  async start(sessionId: string, incompleteSets: ReadonlySet<number>): Promise<SaveResult<CouncilSession>> {
    const session = await this.get(sessionId);
    if (!session) return refused([issue('session.flow.unknownSession', [])]);
    const problems = startProblems(session, incompleteSets);
    if (problems.length > 0) return refused(problems);
    return this.change(sessionId, ['preparing'], 'secretary', 'started', {}, (s) => ({ ...s, phase: 'scoring' }));
  }

  /** The chair opens the sealed sheets before every member has sealed. */
  async reveal(sessionId: string, chairId: string): Promise<SaveResult<CouncilSession>> {
    const session = await this.get(sessionId);
    if (!session) return refused([issue('session.flow.unknownSession', [])]);
    if (!this.isChair(session, chairId)) return refused([issue('session.flow.notChair', [])]);
    const at = this.ctx.now().toISOString();
    return this.change(sessionId, ['scoring'], chairId, 'revealed', { early: true }, (s) => ({
      ...s,
      phase: 'review',
      revealedAt: at,
    }));
  }

  /**
   * After the chair opened the sheets early, the members who had not sealed yet finish their sheets: the
   * session goes back to scoring (the sealed scores stay open) until every sheet is sealed.
   */
  async resumeScoring(sessionId: string): Promise<SaveResult<CouncilSession>> {
    const session = await this.get(sessionId);
    if (!session) return refused([issue('session.flow.unknownSession', [])]);
    if (
      session.phase === 'review' &&
      (session.revealedAt === null || allSealed(session, await this.sheets(sessionId)))
    ) {
      return refused([issue('session.flow.wrongPhase', [], { phase: session.phase })]);
    }
    return this.change(sessionId, ['review'], 'secretary', 'scoring-resumed', {}, (s) => ({ ...s, phase: 'scoring' }));
  }

  /**
   * Opens a re-score round for products whose member totals differ by more than the threshold (the
   * spread rule of the council's rules): their round goes up by one and every scoring member scores
   * them again; the earlier rounds are kept.
   */
  async openRescore(
    sessionId: string,
    productIds: readonly string[],
    sets: ReadonlyMap<number, CompiledSet>,
  ): Promise<SaveResult<CouncilSession>> {
    const session = await this.get(sessionId);
    if (!session) return refused([issue('session.flow.unknownSession', [])]);
    const results = await this.results(session, sets);
    const flagged = new Set(results.products.filter((p) => p.spreadFlag).map((p) => p.id));
    const notFlagged = session.products.filter((p) => productIds.includes(p.productId) && !flagged.has(p.productId));
    if (notFlagged.length > 0 || productIds.length === 0) {
      return refused(notFlagged.map((p) => issue('session.flow.notFlagged', ['products'], { product: p.name })));
    }
    return this.change(
      sessionId,
      ['review'],
      'secretary',
      'rescore-opened',
      { products: productIds.join(',') },
      (s) => ({
        ...s,
        phase: 'scoring',
        revealedAt: null,
        products: s.products.map((p) => (productIds.includes(p.productId) ? { ...p, round: p.round + 1 } : p)),
      }),
    );
  }

  /** The session's results from its sealed sheets (what the CLI computes from the exported file). */
  async results(session: CouncilSession, sets: ReadonlyMap<number, CompiledSet>): Promise<SessionResults> {
    return sessionResults(session, (await this.sheets(session.id)).values(), sets);
  }

  /** The chair confirms the results and proposals, once every product is settled. */
  async confirm(
    sessionId: string,
    chairId: string,
    note: string,
    sets: ReadonlyMap<number, CompiledSet>,
  ): Promise<SaveResult<CouncilSession>> {
    const session = await this.get(sessionId);
    if (!session) return refused([issue('session.flow.unknownSession', [])]);
    if (!this.isChair(session, chairId)) return refused([issue('session.flow.notChair', [])]);
    if (!allSealed(session, await this.sheets(sessionId))) return refused([issue('session.flow.notRevealed', [])]);
    const results = await this.results(session, sets);
    const unsettled = results.products.flatMap((r) => {
      const product = session.products.find((p) => p.productId === r.id);
      return UNSETTLED.has(r.status) && product
        ? [issue('session.flow.notReady', ['products'], { product: product.name, status: r.status })]
        : [];
    });
    if (unsettled.length > 0) return refused(unsettled);
    const at = this.ctx.now().toISOString();
    return this.change(sessionId, ['review'], chairId, 'confirmed', {}, (s) => ({
      ...s,
      phase: 'confirmed',
      confirmation: { by: chairId, at, note: note.trim() },
    }));
  }

  /**
   * Finalises a confirmed session: the results become version 1 (hashed over the sheets' seals), the
   * session is locked, and each evaluated product's dossier records its result.
   */
  async finalise(sessionId: string, sets: ReadonlyMap<number, CompiledSet>): Promise<SaveResult<ResultVersion>> {
    const session = await this.get(sessionId);
    if (!session) return refused([issue('session.flow.unknownSession', [])]);
    if (session.phase !== 'confirmed' || !session.confirmation) {
      return refused([issue('session.flow.wrongPhase', [], { phase: session.phase })]);
    }
    const sheets = await this.sheets(sessionId);
    const results = await this.results(session, sets);
    const at = this.ctx.now().toISOString();
    const version = this.versionOf(session, sheets, results, null, session.confirmation.by, at, null, 1);
    const { db } = this.ctx;
    await db.transaction('rw', [db.sessions, db.sessionEvents, db.resultVersions, db.dossiers], async () => {
      await db.resultVersions.add(version);
      await db.sessions.put({ ...session, phase: 'finalised', finalisedAt: at, updatedAt: at });
      await this.audit_(sessionId, session.confirmation?.by ?? 'secretary', 'finalised', {
        version: 1,
        hash: version.hash,
      });
      for (const result of results.products) {
        const product = session.products.find((p) => p.productId === result.id);
        const dossier = product?.dossierId ? await db.dossiers.get(product.dossierId) : undefined;
        if (!dossier || result.mean === null || result.stars === null || dossier.precheck.outcome !== 'complete')
          continue;
        await db.dossiers.put({
          ...dossier,
          evaluation: { mean: result.mean, stars: result.stars, on: session.date, sessionId },
          history: [...dossier.history, { status: 'evaluated', on: session.date, note: session.title }],
          updatedAt: at,
        });
      }
    });
    return { ok: true, value: version };
  }

  /** A new result version after the chair amended sheets of a finalised session (see SheetsRepository.amend). */
  async addVersion(
    session: CouncilSession,
    reason: string,
    chairId: string,
    sets: ReadonlyMap<number, CompiledSet>,
  ): Promise<ResultVersion> {
    const versions = await this.versions(session.id);
    const previous = versions[versions.length - 1] ?? null;
    const sheets = await this.sheets(session.id);
    const results = await this.results(session, sets);
    const version = this.versionOf(
      session,
      sheets,
      results,
      reason,
      chairId,
      this.ctx.now().toISOString(),
      previous?.hash ?? null,
      (previous?.version ?? 0) + 1,
    );
    await this.ctx.db.transaction('rw', this.ctx.db.resultVersions, this.ctx.db.sessionEvents, async () => {
      await this.ctx.db.resultVersions.add(version);
      await this.audit_(session.id, chairId, 'amended', { version: version.version, reason, hash: version.hash });
    });
    return version;
  }

  /** The session as a session@1 file (sealed sheets of every round). */
  async exportFile(sessionId: string, actor = 'secretary'): Promise<SessionFile | null> {
    const session = await this.get(sessionId);
    if (!session) return null;
    const file = toSessionFile(session, (await this.sheets(sessionId)).values());
    await this.ctx.db.transaction('rw', this.ctx.db.sessionEvents, () =>
      this.audit_(sessionId, actor, 'exported', { sheets: file.sheets.length }),
    );
    return file;
  }

  isChair(session: CouncilSession, memberId: string): boolean {
    return session.members.some((m) => m.memberId === memberId && m.role === 'chair');
  }

  private versionOf(
    session: CouncilSession,
    sheets: ReadonlyMap<string, SheetState>,
    results: SessionResults,
    reason: string | null,
    by: string,
    at: string,
    previousHash: string | null,
    number: number,
  ): ResultVersion {
    const seals = [...sheets.values()]
      .filter((s) => s.layer === 'primary' && s.seal !== null)
      .map((s) => s.seal as string)
      .sort();
    const content = { sessionId: session.id, version: number, results, reason, by, at, seals, previousHash };
    return { ...content, id: `${session.id}@${number}`, hash: resultVersionHash(content) };
  }

  /** Applies a change to a session in one of `phases`, with its audit entry; refuses otherwise. */
  private async change(
    sessionId: string,
    phases: readonly SessionPhase[],
    actor: string,
    type: string,
    data: SessionEventRecord['data'],
    mutate: (session: CouncilSession) => CouncilSession,
  ): Promise<SaveResult<CouncilSession>> {
    const session = await this.get(sessionId);
    if (!session) return refused([issue('session.flow.unknownSession', [])]);
    if (!phases.includes(session.phase)) {
      return refused([
        issue(session.phase === 'finalised' ? 'session.flow.finalised' : 'session.flow.wrongPhase', [], {
          phase: session.phase,
        }),
      ]);
    }
    const result = validated(councilSessionSchema, { ...mutate(session), updatedAt: this.ctx.now().toISOString() });
    if (!result.ok) return result;
    await this.ctx.db.transaction('rw', this.ctx.db.sessions, this.ctx.db.sessionEvents, async () => {
      await this.ctx.db.sessions.put(result.value);
      await this.audit_(sessionId, actor, type, data);
    });
    return result;
  }

  /** Appends an audit entry (inside a transaction that includes sessionEvents). */
  audit_(sessionId: string, actor: string, type: string, data: SessionEventRecord['data']): Promise<void> {
    return appendAudit(this.ctx.db.sessionEvents, {
      id: this.ctx.newId(),
      sessionId,
      at: this.ctx.now().toISOString(),
      actor,
      type,
      data,
    });
  }
}
