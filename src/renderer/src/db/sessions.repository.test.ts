import { beforeEach, describe, expect, it } from 'vitest';
import { macHex } from '../../../shared/domain/council-session/sheet-packet';
import { pinMatches } from '../../../shared/domain/council-session/member-pin';
import { resultChainProblems } from '../../../shared/domain/council-session/result-version';
import type { CouncilSession } from '../../../shared/domain/council-session/session.schema';
import type { SheetKey } from '../../../shared/domain/council-session/sheet-events';
import type { IsoDate } from '../../../shared/domain/dates/iso-date';
import type { RubricSet } from '../../../shared/domain/rubric/rubric-pack.schema';
import { compileSet, type CompiledSet } from '../../../shared/domain/scoring/compiled-set';
import { computeResults } from '../../../shared/domain/scoring/compute-results';
import { checkSession } from '../../../shared/domain/session/validate-session';
import { packFromText, setOf } from '../../../shared/domain/testing/load-packs';
import pack26Text from '../../../../resources/rubric-packs/26-2026.json?raw';
import { choicesWorth, type Choices } from '../../../shared/domain/testing/session-builder';
import type { Repositories } from './database';
import { testRepositories } from './test-support';

const pack26 = packFromText(pack26Text);
const day = (value: string) => value as IsoDate;
const SETS = [11, 6, 3, 4, 26];
const rubricSet = (no: number): RubricSet => setOf(pack26, no);
const compiled: ReadonlyMap<number, CompiledSet> = new Map(SETS.map((no) => [no, compileSet(rubricSet(no))]));

type Repos = ReturnType<typeof testRepositories>;

/** A province council of 7 (chair, vice-chair, 4 members, a secretary who scores too) and 5 products ready. */
async function council(repos: Repos): Promise<{ memberIds: string[]; dossierIds: string[] }> {
  await repos.council.save({
    profile: 'province-2026',
    level: 'province',
    unitName: 'tỉnh Lai Châu',
    councilName: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Lai Châu',
    authority: 'Ủy ban nhân dân tỉnh Lai Châu',
    establishingDecision: { number: '1/QĐ-UBND', date: '2026-06-01' },
    rules: { spreadThreshold: 10, quorumFraction: 0.75, chairRequired: true, markerRule: 'majority' },
    placeName: 'Lai Châu',
    helperGroupName: 'Tổ tư vấn',
    signers: [],
    notes: '',
  });
  const roles = ['chair', 'vice-chair', 'member', 'member', 'member', 'member', 'secretary'] as const;
  const memberIds: string[] = [];
  for (const [i, role] of roles.entries()) {
    const saved = await repos.members.save({
      body: 'council',
      name: `Thành viên ${i + 1}`,
      title: '',
      organisation: '',
      role,
      scores: true,
      phone: '',
      activeFrom: day('2026-06-01'),
      activeTo: null,
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved.issues));
    memberIds.push(saved.value.id);
  }
  const producer = await repos.producers.save({
    name: 'HTX Tam Đường',
    type: 'cooperative',
    representative: { name: 'Lò Văn A', sex: 'male', ethnicity: 'Thái' },
    address: 'Tam Đường, Lai Châu',
    communeCode: '',
    phone: '',
    registrationNumber: '',
  });
  if (!producer.ok) throw new Error('producer');
  const dossierIds: string[] = [];
  for (const no of SETS) {
    const product = await repos.products.save({
      name: `Sản phẩm bộ ${no}`,
      productSet: no,
      producerId: producer.value.id,
      code: '',
      description: '',
    });
    if (!product.ok) throw new Error('product');
    const dossier = await repos.dossiers.save({
      productId: product.value.id,
      year: 2026,
      attempt: 'first',
      receivedOn: day('2026-07-01'),
      roundId: null,
      forms: { mau01: true, mau02: true, mau03: true },
      evidence: [],
      samples: { required: no === 26 ? 0 : 5, received: no === 26 ? 0 : 5 },
    });
    if (!dossier.ok) throw new Error('dossier');
    await repos.dossiers.precheck(dossier.value.id, { outcome: 'complete', on: day('2026-07-05'), notes: '' });
    dossierIds.push(dossier.value.id);
  }
  return { memberIds, dossierIds };
}

async function prepared(repos: Repos): Promise<{ session: CouncilSession; memberIds: string[] }> {
  const { memberIds, dossierIds } = await council(repos);
  const created = await repos.sessions.create({
    title: 'Phiên chấm đợt 1 năm 2026',
    roundId: null,
    date: day('2026-07-20'),
    place: 'Lai Châu',
    pack: { id: '26/2026', version: 1 },
    dossierIds,
  });
  if (!created.ok) throw new Error(JSON.stringify(created.issues));
  return { session: created.value, memberIds };
}

/** Scores and seals a whole sheet worth `total`, the way the screens do it (one event per choice). */
async function scoreSheet(
  repos: Repositories,
  session: CouncilSession,
  key: Omit<SheetKey, 'layer'>,
  choices: Choices,
) {
  const product = session.products.find((p) => p.productId === key.productId);
  if (!product) throw new Error('product');
  const full: SheetKey = { ...key, layer: 'primary' };
  for (const [criterionId, choice] of Object.entries(choices)) {
    const saved = await repos.sheets.record(session.id, full, { type: 'choose', criterionId, choice }, 'member');
    if (!saved.ok) throw new Error(JSON.stringify(saved.issues));
  }
  return repos.sheets.seal(session.id, full, rubricSet(product.productSet), 'member', key.memberId);
}

describe('a council session, from preparation to amendment', () => {
  let repos: Repos;
  beforeEach(() => {
    repos = testRepositories('2026-07-20T01:00:00.000Z');
  });

  it('snapshots the members serving on the day and the products whose dossiers passed the pre-check', async () => {
    const { session, memberIds } = await prepared(repos);
    expect(session.phase).toBe('preparing');
    expect(session.members.map((m) => m.memberId)).toEqual(memberIds);
    expect(session.members.every((m) => m.present && /^[0-9a-f]{64}$/.test(m.packetKey))).toBe(true);
    expect(session.products.map((p) => [p.productSet, p.round])).toEqual(SETS.map((no) => [no, 1]));
    expect((await repos.sessions.audit(session.id)).map((e) => e.type)).toEqual(['created']);
  });

  it('keeps the scoring closed until there is a quorum with the chair present', async () => {
    const { session, memberIds } = await prepared(repos);
    await repos.sessions.setAttendance(session.id, memberIds[0] ?? '', false);
    const noChair = await repos.sessions.start(session.id, new Set());
    expect(noChair.ok ? [] : noChair.issues.map((i) => i.key)).toEqual(['session.flow.chairAbsent']);
    await repos.sessions.setAttendance(session.id, memberIds[0] ?? '', true);
    for (const id of memberIds.slice(4, 6)) await repos.sessions.setAttendance(session.id, id, false);
    const fewer = await repos.sessions.start(session.id, new Set());
    expect(fewer.ok ? null : fewer.issues[0]).toMatchObject({
      key: 'session.flow.noQuorum',
      params: { present: 5, total: 7, needed: 6 },
    });
    await repos.sessions.setAttendance(session.id, memberIds[5] ?? '', true);
    expect((await repos.sessions.start(session.id, new Set())).ok).toBe(true);
    // Once started, the roll call is closed.
    const late = await repos.sessions.setAttendance(session.id, memberIds[4] ?? '', true);
    expect(late.ok ? null : late.issues[0]?.key).toBe('session.flow.wrongPhase');
  });

  it('runs a whole session: a recusal, an absence, a flagged product re-scored, confirmation, finalisation', async () => {
    const { session: created, memberIds } = await prepared(repos);
    const [chair, , , , , absent, secretary] = memberIds as [string, string, string, string, string, string, string];
    const tea = created.products[0]?.productId ?? '';
    await repos.sessions.setAttendance(created.id, absent, false);
    await repos.sessions.declareConflict(created.id, tea, secretary, 'Người nhà của chủ thể');
    await repos.sessions.setPin(created.id, chair, '2468');
    expect((await repos.sessions.start(created.id, new Set())).ok).toBe(true);
    let session = (await repos.sessions.get(created.id)) as CouncilSession;
    expect(pinMatches(session.members[0]?.pinHash ?? null, session.id, chair, '2468')).toBe(true);
    expect(pinMatches(session.members[0]?.pinHash ?? null, session.id, chair, '1111')).toBe(false);

    // The recused secretary cannot score the tea; the absent member scores nothing.
    const refusedRecused = await repos.sheets.record(
      session.id,
      { memberId: secretary, productId: tea, round: 1, layer: 'primary' },
      { type: 'choose', criterionId: 'A-1.1', choice: 0 },
      'member',
    );
    expect(refusedRecused.ok ? null : refusedRecused.issues[0]?.key).toBe('session.flow.notScoring');

    // Everyone scores everything; the tea gets totals 60..75 (spread 15 > 10).
    const teaTotals = [60, 64, 66, 68, 75];
    for (const product of session.products) {
      const scorers = session.members.filter(
        (m) => m.present && !(product.productId === tea && m.memberId === secretary),
      );
      for (const [i, member] of scorers.entries()) {
        const total = product.productId === tea ? (teaTotals[i] ?? 70) : 72 + (i % 3);
        const sealed = await scoreSheet(
          repos,
          session,
          { memberId: member.memberId, productId: product.productId, round: 1 },
          choicesWorth(rubricSet(product.productSet), total),
        );
        expect(sealed.ok).toBe(true);
      }
    }
    session = (await repos.sessions.get(session.id)) as CouncilSession;
    expect(session.phase).toBe('review');
    let results = await repos.sessions.results(session, compiled);
    expect(results.products.find((p) => p.id === tea)).toMatchObject({
      spread: 15,
      spreadFlag: true,
      status: 'rescore',
    });
    const early = await repos.sessions.confirm(session.id, chair, '', compiled);
    expect(early.ok ? null : early.issues[0]?.key).toBe('session.flow.notReady');

    // Re-score round 2 for the tea only; round 1 stays in the record.
    const other = session.products[1]?.productId ?? '';
    const notFlagged = await repos.sessions.openRescore(session.id, [other], compiled);
    expect(notFlagged.ok ? null : notFlagged.issues[0]?.key).toBe('session.flow.notFlagged');
    expect((await repos.sessions.openRescore(session.id, [tea], compiled)).ok).toBe(true);
    session = (await repos.sessions.get(session.id)) as CouncilSession;
    expect(session.phase).toBe('scoring');
    expect(session.products.find((p) => p.productId === tea)?.round).toBe(2);
    for (const [i, member] of session.members.filter((m) => m.present && m.memberId !== secretary).entries()) {
      await scoreSheet(
        repos,
        session,
        { memberId: member.memberId, productId: tea, round: 2 },
        choicesWorth(rubricSet(11), 68 + (i % 4)),
      );
    }
    session = (await repos.sessions.get(session.id)) as CouncilSession;
    expect(session.phase).toBe('review');
    results = await repos.sessions.results(session, compiled);
    expect(results.products.find((p) => p.id === tea)).toMatchObject({ round: 2, spreadFlag: false });

    // Only the chair confirms; then finalise: version 1, dossiers record the result, the session is locked.
    const byMember = await repos.sessions.confirm(session.id, memberIds[1] ?? '', '', compiled);
    expect(byMember.ok ? null : byMember.issues[0]?.key).toBe('session.flow.notChair');
    expect((await repos.sessions.confirm(session.id, chair, 'Thống nhất kết quả', compiled)).ok).toBe(true);
    const finalised = await repos.sessions.finalise(session.id, compiled);
    if (!finalised.ok) throw new Error(JSON.stringify(finalised.issues));
    expect(finalised.value.version).toBe(1);
    const dossier = await repos.dossiers.get(session.products[0]?.dossierId ?? '');
    expect(dossier?.evaluation).toMatchObject({ sessionId: session.id, stars: results.products[0]?.stars });
    const locked = await repos.sheets.record(
      session.id,
      { memberId: chair, productId: tea, round: 2, layer: 'primary' },
      { type: 'comment', comment: 'x' },
      'member',
    );
    expect(locked.ok ? null : locked.issues[0]?.key).toBe('session.flow.finalised');

    // The exported session@1 file gives exactly the results on screen (what the CLI computes).
    const file = await repos.sessions.exportFile(session.id);
    const checked = checkSession(JSON.parse(JSON.stringify(file)), (id) => (id === pack26.id ? pack26 : undefined));
    if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
    expect(JSON.parse(JSON.stringify(computeResults(checked.session, checked.sets)))).toEqual(
      JSON.parse(JSON.stringify(finalised.value.results)),
    );
    expect(checked.session.sheets.filter((s) => s.product === tea).map((s) => s.round)).toEqual([
      1, 1, 1, 1, 1, 2, 2, 2, 2, 2,
    ]);

    // An amendment by the chair, with a reason, makes version 2; version 1 stays and the chain holds.
    const fixed = await repos.sheets.amend(
      session.id,
      chair,
      'Sửa lỗi nhập phiếu giấy của thành viên 2, sản phẩm bộ 6',
      [
        {
          memberId: memberIds[1] ?? '',
          productId: other,
          round: 1,
          choices: choicesWorth(rubricSet(6), 80),
          comment: '',
        },
      ],
      rubricSet,
      compiled,
    );
    if (!fixed.ok) throw new Error(JSON.stringify(fixed.issues));
    const versions = await repos.sessions.versions(session.id);
    expect(versions.map((v) => [v.version, v.reason])).toEqual([
      [1, null],
      [2, 'Sửa lỗi nhập phiếu giấy của thành viên 2, sản phẩm bộ 6'],
    ]);
    expect(versions[1]?.results.products[1]?.memberTotals[memberIds[1] ?? '']).toBe(80);
    expect(resultChainProblems(versions)).toEqual([]);
    expect(
      resultChainProblems([
        versions[0] as (typeof versions)[number],
        { ...(versions[1] as (typeof versions)[number]), reason: 'khác' },
      ]),
    ).toEqual([2]);
    const audit = (await repos.sessions.audit(session.id)).map((e) => e.type);
    expect(audit).toEqual(
      expect.arrayContaining([
        'created',
        'attendance',
        'conflict',
        'started',
        'sheet-sealed',
        'revealed',
        'rescore-opened',
        'confirmed',
        'finalised',
        'exported',
        'sheet-amended',
        'amended',
      ]),
    );
  });

  it('lets the members who had not sealed finish after the chair opened the sheets early', async () => {
    const { session: created, memberIds } = await prepared(repos);
    const [chair] = memberIds as [string];
    for (const product of created.products.slice(1)) {
      await repos.sessions.disqualify(created.id, product.productId, 'Phát hiện tạp chất trong mẫu');
    }
    expect((await repos.sessions.start(created.id, new Set())).ok).toBe(true);
    const session = (await repos.sessions.get(created.id)) as CouncilSession;
    const tea = session.products[0]?.productId ?? '';
    const notYet = await repos.sessions.resumeScoring(session.id);
    expect(notYet.ok ? null : notYet.issues[0]?.key).toBe('session.flow.wrongPhase');
    for (const memberId of memberIds.slice(0, 5)) {
      await scoreSheet(repos, session, { memberId, productId: tea, round: 1 }, choicesWorth(rubricSet(11), 70));
    }
    expect((await repos.sessions.reveal(session.id, chair)).ok).toBe(true);
    const resumed = await repos.sessions.resumeScoring(session.id);
    expect(resumed.ok && [resumed.value.phase, resumed.value.revealedAt !== null]).toEqual(['scoring', true]);
    for (const memberId of memberIds.slice(5)) {
      const sealed = await scoreSheet(
        repos,
        session,
        { memberId, productId: tea, round: 1 },
        choicesWorth(rubricSet(11), 72),
      );
      expect(sealed.ok).toBe(true);
    }
    expect((await repos.sessions.get(session.id))?.phase).toBe('review');
    const done = await repos.sessions.resumeScoring(session.id);
    expect(done.ok ? null : done.issues[0]?.key).toBe('session.flow.wrongPhase');
    expect((await repos.sessions.audit(session.id)).map((e) => e.type)).toContain('scoring-resumed');
  });

  it('seals a paper sheet typed twice only when both typings agree', async () => {
    const { session: created, memberIds } = await prepared(repos);
    await repos.sessions.start(created.id, new Set());
    const session = (await repos.sessions.get(created.id)) as CouncilSession;
    const product = session.products[1];
    if (!product) throw new Error('product');
    const key: SheetKey = { memberId: memberIds[2] ?? '', productId: product.productId, round: 1, layer: 'primary' };
    const choices = choicesWorth(rubricSet(6), 70);
    for (const [criterionId, choice] of Object.entries(choices)) {
      await repos.sheets.record(session.id, key, { type: 'choose', criterionId, choice }, 'secretary');
      await repos.sheets.record(
        session.id,
        { ...key, layer: 'verify' },
        { type: 'choose', criterionId, choice: criterionId === 'A-1.1' ? null : choice },
        'verifier',
      );
    }
    const mismatch = await repos.sheets.seal(session.id, key, rubricSet(6), 'secretary', 'secretary');
    expect(mismatch.ok ? null : mismatch.issues[0]).toMatchObject({
      key: 'session.flow.mismatch',
      params: { count: 1 },
    });
    await repos.sheets.record(
      session.id,
      { ...key, layer: 'verify' },
      { type: 'choose', criterionId: 'A-1.1', choice: choices['A-1.1'] ?? null },
      'verifier',
    );
    const sealed = await repos.sheets.seal(session.id, key, rubricSet(6), 'secretary', 'secretary');
    expect(sealed.ok && sealed.value.seal).toMatch(/^[0-9a-f]{64}$/);
  });

  it('takes a sealed sheet packet from a member’s own laptop, ignores a duplicate and refuses a tampered one', async () => {
    const { session: created, memberIds } = await prepared(repos);
    await repos.sessions.start(created.id, new Set());
    const session = (await repos.sessions.get(created.id)) as CouncilSession;
    const memberId = memberIds[3] ?? '';
    const kit = await repos.sheets.exportKit(session.id, memberId, pack26);
    if (!kit.ok) throw new Error('kit');

    // The member's laptop: its own workspace, the kit, the member's sheets, the packet.
    const laptop = testRepositories('2026-07-20T02:00:00.000Z');
    const opened = await laptop.sheets.importKit(JSON.parse(JSON.stringify(kit.value)));
    expect(opened.ok).toBe(true);
    const remote = (await laptop.sessions.get(session.id)) as CouncilSession;
    expect(remote.members.filter((m) => m.packetKey !== '0'.repeat(64)).map((m) => m.memberId)).toEqual([memberId]);
    const otherMember = await laptop.sheets.record(
      session.id,
      { memberId: memberIds[4] ?? '', productId: remote.products[0]?.productId ?? '', round: 1, layer: 'primary' },
      { type: 'choose', criterionId: 'A-1.1', choice: 0 },
      'member',
    );
    expect(otherMember.ok).toBe(false);
    for (const product of remote.products.slice(0, 2)) {
      const sealed = await scoreSheet(
        laptop,
        remote,
        { memberId, productId: product.productId, round: 1 },
        choicesWorth(rubricSet(product.productSet), 77),
      );
      expect(sealed.ok).toBe(true);
    }
    const packet = await laptop.sheets.exportPacket(session.id, memberId);
    if (!packet.ok) throw new Error('packet');
    const onUsb = JSON.parse(JSON.stringify(packet.value)) as typeof packet.value;

    const imported = await repos.sheets.importPacket(session.id, onUsb, rubricSet);
    expect(imported).toEqual({ ok: true, value: { added: 2, duplicates: 0 } });
    const again = await repos.sheets.importPacket(session.id, onUsb, rubricSet);
    expect(again).toEqual({ ok: true, value: { added: 0, duplicates: 2 } });
    const sheets = await repos.sessions.sheets(session.id);
    expect([...sheets.values()].filter((s) => s.memberId === memberId && s.seal).map((s) => s.source)).toEqual([
      'packet',
      'packet',
    ]);

    // A packet whose choices were edited on the way: refused, nothing written.
    const edited = structuredClone(onUsb);
    const first = edited.sheets[0];
    if (!first) throw new Error('sheet');
    first.choices['A-1.1'] = null;
    const before = (await repos.sheets.events(session.id)).length;
    const tampered = await repos.sheets.importPacket(session.id, edited, rubricSet);
    expect(tampered.ok ? null : tampered.issues[0]?.key).toBe('session.packet.badSeal');
    // Re-sealing the edit is not enough without the member's key.
    const resealed = { ...edited, mac: macHex('1'.repeat(64), 'x') };
    const forged = await repos.sheets.importPacket(session.id, resealed, rubricSet);
    expect(forged.ok ? null : forged.issues[0]?.key).toBe('session.packet.tampered');
    expect((await repos.sheets.events(session.id)).length).toBe(before);
  });
});
