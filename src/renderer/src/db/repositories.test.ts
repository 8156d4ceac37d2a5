import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../shared/domain/dates/iso-date';
import type { CouncilInput } from '../../../shared/domain/workspace/council.schema';
import type { ProducerInput } from './producers.repository';
import { testRepositories } from './test-support';

const day = (value: string) => value as IsoDate;

const COUNCIL: CouncilInput = {
  profile: 'district-2023',
  level: 'district',
  unitName: 'huyện Tam Đường',
  councilName: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Tam Đường',
  authority: 'Ủy ban nhân dân huyện Tam Đường',
  establishingDecision: { number: '1234/QĐ-UBND', date: '2025-02-10' },
  rules: { spreadThreshold: 10, quorumFraction: 0.75, chairRequired: true, markerRule: 'majority' },
  placeName: 'Tam Đường',
  helperGroupName: 'Tổ giúp việc',
  signers: [],
  notes: '',
};

const PRODUCER: ProducerInput = {
  name: 'HTX Miến dong Bình Lư',
  type: 'cooperative',
  representative: { name: 'Lò Văn Minh', sex: 'male', ethnicity: 'Thái' },
  address: 'Xã Bình Lư, huyện Tam Đường, tỉnh Lai Châu',
  communeCode: '03637',
  phone: '0912 345 678',
  registrationNumber: '12/2019/HTX',
};

async function withProduct() {
  const repos = testRepositories();
  const producer = await repos.producers.save(PRODUCER);
  if (!producer.ok) throw new Error('producer');
  const product = await repos.products.save({
    name: 'Miến dong Bình Lư',
    productSet: 6,
    producerId: producer.value.id,
    code: '12-03637-1-2025',
    description: '',
  });
  if (!product.ok) throw new Error('product');
  return { repos, producer: producer.value, product: product.value };
}

describe('CouncilRepository', () => {
  it('creates the council once, then updates it in place', async () => {
    const repos = testRepositories();
    expect(await repos.council.current()).toBeNull();
    const created = await repos.council.save(COUNCIL);
    expect(created.ok).toBe(true);
    const updated = await repos.council.save({ ...COUNCIL, placeName: 'Bình Lư' });
    if (!created.ok || !updated.ok) throw new Error('save');
    expect(updated.value.id).toBe(created.value.id);
    expect(updated.value.createdAt).toBe(created.value.createdAt);
    expect(await repos.db.councils.count()).toBe(1);
    expect((await repos.council.current())?.placeName).toBe('Bình Lư');
  });

  it('refuses an invalid council with every field that is wrong, and writes nothing', async () => {
    const repos = testRepositories();
    const result = await repos.council.save({
      ...COUNCIL,
      unitName: ' ',
      establishingDecision: { number: '1/QĐ', date: '2025-02-30' },
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        { key: 'form.required', path: ['unitName'], params: {} },
        { key: 'form.date', path: ['establishingDecision', 'date'], params: {} },
      ],
    });
    expect(await repos.db.councils.count()).toBe(0);
  });
});

describe('MembersRepository', () => {
  it('lists members by role, and those serving on a day', async () => {
    const repos = testRepositories();
    const base = { body: 'council' as const, title: '', organisation: '', scores: true, phone: '', activeTo: null };
    await repos.members.save({
      ...base,
      name: 'Trần Thị Thu',
      role: 'secretary',
      scores: false,
      activeFrom: day('2025-01-01'),
    });
    await repos.members.save({ ...base, name: 'Lò Văn Thắng', role: 'chair', activeFrom: day('2025-01-01') });
    await repos.members.save({ ...base, name: 'Đỗ Thị Lan', role: 'member', activeFrom: day('2025-06-01') });
    await repos.members.save({
      ...base,
      name: 'Cũ',
      role: 'member',
      activeFrom: day('2023-01-01'),
      activeTo: day('2024-12-31'),
    });
    expect((await repos.members.list('council')).map((m) => m.role)).toEqual([
      'chair',
      'member',
      'member',
      'secretary',
    ]);
    expect((await repos.members.activeOn(day('2025-05-01'))).map((m) => m.name)).toEqual([
      'Lò Văn Thắng',
      'Trần Thị Thu',
    ]);
  });

  it('refuses a helper-group role on the council and an end before the start', async () => {
    const repos = testRepositories();
    const result = await repos.members.save({
      body: 'council',
      name: 'A',
      title: '',
      organisation: '',
      role: 'leader',
      scores: true,
      phone: '',
      activeFrom: day('2025-05-01'),
      activeTo: day('2025-04-01'),
    });
    expect(result.ok ? [] : result.issues.map((i) => i.key)).toEqual(['form.dateOrder', 'form.roleForBody']);
  });
});

describe('ProducersRepository and ProductsRepository', () => {
  it('finds products by name, code or producer, without diacritics, in any word order', async () => {
    const { repos } = await withProduct();
    for (const query of ['mien dong', 'BÌNH LƯ', 'dong mie', '03637', 'htx mien', '']) {
      expect(
        (await repos.products.search(query)).items.map((p) => p.name),
        query,
      ).toEqual(['Miến dong Bình Lư']);
    }
    expect((await repos.products.search('gạo')).total).toBe(0);
    expect((await repos.products.search('', { productSet: 3 })).total).toBe(0);
  });

  it('keeps products findable by their producer’s new name after a rename', async () => {
    const { repos, producer } = await withProduct();
    await repos.producers.save({ ...producer, name: 'Hợp tác xã Nông nghiệp Bình Lư' });
    expect((await repos.products.search('nong nghiep')).total).toBe(1);
    expect((await repos.products.search('htx')).total).toBe(0);
    expect((await repos.producers.search('hop tac'))[0]?.name).toBe('Hợp tác xã Nông nghiệp Bình Lư');
  });

  it('refuses a product code used by another product, and a product without a producer', async () => {
    const { repos, producer } = await withProduct();
    const taken = await repos.products.save({
      name: 'Miến dong sợi nhỏ',
      productSet: 6,
      producerId: producer.id,
      code: '12-03637-1-2025',
      description: '',
    });
    expect(taken.ok ? null : taken.issues[0]).toEqual({
      key: 'form.productCodeTaken',
      path: ['code'],
      params: { code: '12-03637-1-2025', product: 'Miến dong Bình Lư' },
    });
    const orphan = await repos.products.save({
      name: 'X',
      productSet: 6,
      producerId: 'nobody',
      code: '',
      description: '',
    });
    expect(orphan.ok ? null : orphan.issues[0]?.key).toBe('form.producerMissing');
    expect(await repos.products.count()).toBe(1);
  });

  it('refuses a malformed product code and phone number', async () => {
    const { repos, producer } = await withProduct();
    const bad = await repos.products.save({
      name: 'X',
      productSet: 27,
      producerId: producer.id,
      code: '12-3637-1',
      description: '',
    });
    expect(bad.ok ? [] : bad.issues.map((i) => i.key)).toEqual(['form.productSet', 'form.productCode']);
    const phone = await repos.producers.save({ ...PRODUCER, phone: '12345' });
    expect(phone.ok ? [] : phone.issues.map((i) => i.key)).toEqual(['form.phone']);
  });
});

describe('DossiersRepository', () => {
  async function withDossier() {
    const context = await withProduct();
    const saved = await context.repos.dossiers.save({
      productId: context.product.id,
      year: 2025,
      attempt: 'first',
      receivedOn: day('2025-03-10'),
      roundId: null,
      forms: { mau01: true, mau02: true, mau03: false },
      evidence: ['registration', 'food-safety'],
      samples: { required: 5, received: 3 },
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved.issues));
    return { ...context, dossier: saved.value };
  }

  it('starts as received and keeps every pre-check step in its history', async () => {
    const { repos, dossier } = await withDossier();
    expect(dossier.precheck.outcome).toBe('pending');
    const returned = await repos.dossiers.precheck(dossier.id, {
      outcome: 'returned',
      on: day('2025-03-15'),
      notes: 'Bổ sung Mẫu 03 và 2 mẫu sản phẩm',
    });
    expect(returned.ok).toBe(true);
    const complete = await repos.dossiers.precheck(dossier.id, {
      outcome: 'complete',
      on: day('2025-03-25'),
      notes: '',
    });
    if (!complete.ok) throw new Error('precheck');
    expect(complete.value.history.map((e) => [e.status, e.on])).toEqual([
      ['received', '2025-03-10'],
      ['returned', '2025-03-15'],
      ['resubmitted', '2025-03-25'],
      ['complete', '2025-03-25'],
    ]);
    expect((await repos.dossiers.list({ year: 2025, status: 'complete' })).length).toBe(1);
    expect((await repos.dossiers.list({ year: 2025, status: 'returned' })).length).toBe(0);
  });

  it('requires a reason to return or disqualify, and records a result only for a complete dossier', async () => {
    const { repos, dossier } = await withDossier();
    const noReason = await repos.dossiers.precheck(dossier.id, {
      outcome: 'disqualified',
      on: day('2025-03-15'),
      notes: ' ',
    });
    expect(noReason.ok ? null : noReason.issues[0]?.key).toBe('form.precheckNotes');
    const early = await repos.dossiers.recordEvaluation(dossier.id, {
      mean: 72,
      stars: 4,
      on: day('2025-05-15'),
      sessionId: null,
    });
    expect(early.ok ? null : early.issues[0]?.key).toBe('form.notPrechecked');
    await repos.dossiers.precheck(dossier.id, { outcome: 'complete', on: day('2025-03-20'), notes: '' });
    const evaluated = await repos.dossiers.recordEvaluation(dossier.id, {
      mean: 72,
      stars: 4,
      on: day('2025-05-15'),
      sessionId: null,
    });
    expect(evaluated.ok && evaluated.value.history.at(-1)?.status).toBe('evaluated');
    const again = await repos.dossiers.precheck(dossier.id, { outcome: 'returned', on: day('2025-05-16'), notes: 'x' });
    expect(again.ok ? null : again.issues[0]?.key).toBe('form.alreadyEvaluated');
  });
});

describe('CertificatesRepository', () => {
  const input = (productId: string) => ({
    productId,
    stars: 4,
    score: 72.5,
    decisionNumber: '2345/QĐ-UBND',
    decisionDate: day('2022-05-31'),
    issuer: 'UBND tỉnh Lai Châu',
    certificateNumber: 'GCN-2022-015',
    note: '',
  });

  it('records a certificate valid until the decision date + 36 months', async () => {
    const { repos, product } = await withProduct();
    const result = await repos.certificates.record(input(product.id));
    expect(result.ok && result.value.validUntil).toBe('2025-05-31');
  });

  it('corrects by a new record that replaces the old one, and revokes once', async () => {
    const { repos, product } = await withProduct();
    const first = await repos.certificates.record(input(product.id));
    if (!first.ok) throw new Error('record');
    const corrected = await repos.certificates.correct(first.value.id, { ...input(product.id), stars: 3 });
    if (!corrected.ok) throw new Error(JSON.stringify(corrected.issues));
    expect(corrected.value.replaces).toBe(first.value.id);
    const twice = await repos.certificates.correct(first.value.id, input(product.id));
    expect(twice.ok ? null : twice.issues[0]?.key).toBe('form.alreadyReplaced');

    const revocation = { ground: 5, decisionNumber: '99/QĐ-UBND', date: day('2024-01-10'), note: 'Ngừng sản xuất' };
    expect((await repos.certificates.revoke(corrected.value.id, revocation)).ok).toBe(true);
    const again = await repos.certificates.revoke(corrected.value.id, revocation);
    expect(again.ok ? null : again.issues[0]?.key).toBe('form.alreadyRevoked');

    const entries = await repos.certificates.entries();
    expect(entries.map((e) => [e.certificate.stars, e.replacedBy !== null, e.revocation?.ground ?? null])).toEqual([
      [4, true, null],
      [3, false, 5],
    ]);
  });

  it('refuses a certificate number that is already in the register', async () => {
    const { repos, product } = await withProduct();
    await repos.certificates.record(input(product.id));
    const duplicate = await repos.certificates.record(input(product.id));
    expect(duplicate.ok ? null : duplicate.issues[0]?.key).toBe('form.certificateNumberTaken');
  });
});

describe('RoundsRepository and PlanRepository', () => {
  it('keeps one round per number and year, in order', async () => {
    const repos = testRepositories();
    const round = (number: number, deadline: string) => ({
      profile: 'district-2023' as const,
      year: 2025,
      number,
      deadline: day(deadline),
      dossiersBy: null,
      status: 'planned' as const,
    });
    await repos.rounds.save(round(2, '2025-10-20'));
    await repos.rounds.save(round(1, '2025-05-20'));
    const clash = await repos.rounds.save(round(1, '2025-06-01'));
    expect(clash.ok ? null : clash.issues[0]).toEqual({
      key: 'form.roundTaken',
      path: ['number'],
      params: { year: 2025, number: 1 },
    });
    expect((await repos.rounds.list(2025)).map((r) => r.deadline)).toEqual(['2025-05-20', '2025-10-20']);
  });

  it('stores one plan per year', async () => {
    const repos = testRepositories();
    await repos.plan.save({ year: 2025, firstEvaluations: 6, upgrades: 1, reEvaluations: 5 });
    await repos.plan.save({ year: 2026, firstEvaluations: 8, upgrades: 2, reEvaluations: 3 });
    await repos.plan.save({ year: 2025, firstEvaluations: 7, upgrades: 1, reEvaluations: 5 });
    expect(await repos.plan.years()).toEqual([2026, 2025]);
    expect((await repos.plan.get(2025))?.firstEvaluations).toBe(7);
    const bad = await repos.plan.save({ year: 2025, firstEvaluations: -1, upgrades: 1.5, reEvaluations: 0 });
    expect(bad.ok ? [] : bad.issues.map((i) => i.key)).toEqual(['form.count', 'form.count']);
  });
});
