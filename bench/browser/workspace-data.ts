/**
 * A synthetic province-scale workspace for the database benchmarks: producers, products, dossiers,
 * certificates and score sheets with Vietnamese names, deterministic (seeded).
 */
import { certificateValidUntil } from '../../src/shared/domain/certificates/certificate-validity';
import type { IsoDate } from '../../src/shared/domain/dates/iso-date';
import { searchWords } from '../../src/shared/domain/text/search-words';
import type { Certificate } from '../../src/shared/domain/workspace/certificate.schema';
import type { Council } from '../../src/shared/domain/workspace/council.schema';
import type { Dossier } from '../../src/shared/domain/workspace/dossier.schema';
import type { ProducerRecord, ProductRecord, SheetRecord } from '../../src/renderer/src/db/records';
import { Prng } from '../lib/prng';

const KINDS = [
  'Chè',
  'Miến dong',
  'Gạo',
  'Mật ong',
  'Măng khô',
  'Rượu ngô',
  'Thịt trâu gác bếp',
  'Tinh dầu',
  'Cà phê',
  'Nấm hương',
  'Thảo quả',
  'Du lịch cộng đồng',
];
const QUALIFIERS = [
  'Shan tuyết',
  'bạc hà',
  'Séng Cù',
  'hữu cơ',
  'đặc sản',
  'truyền thống',
  'cổ thụ',
  'sấy khô',
  'men lá',
  'rừng',
];
const PLACES = [
  'Tam Đường',
  'Bình Lư',
  'Sơn Bình',
  'Bản Giang',
  'Hồ Thầu',
  'Khun Há',
  'Nà Tăm',
  'Thèn Sin',
  'Sì Thâu Chải',
  'Tả Lèng',
  'Phong Thổ',
  'Sìn Hồ',
  'Mường Tè',
  'Than Uyên',
  'Tân Uyên',
  'Nậm Nhùn',
];
const SURNAMES = ['Lò', 'Tẩn', 'Vàng', 'Nguyễn', 'Lê', 'Phạm', 'Đỗ', 'Hoàng', 'Trần', 'Giàng', 'Lý', 'Chẻo'];
const GIVEN = [
  'Văn Thắng',
  'Thị Mai',
  'A Dính',
  'Thị Hằng',
  'Quang Huy',
  'Văn Tú',
  'Thị Lan',
  'Văn Phong',
  'Thị Thu',
  'A Páo',
];
const TYPES = ['enterprise', 'cooperative', 'cooperative-group', 'household-business'] as const;

export interface WorkspaceData {
  readonly council: Council;
  readonly producers: ProducerRecord[];
  readonly products: ProductRecord[];
  readonly dossiers: Dossier[];
  readonly certificates: Certificate[];
  readonly sheets: SheetRecord[];
  /** Queries a secretary would type, for the search figure. */
  readonly queries: string[];
}

const STAMP = '2026-01-01T00:00:00.000Z';

export function buildWorkspaceData(products = 5000, sheets = 50000, seed = 20261129): WorkspaceData {
  const prng = new Prng(seed);
  const random = () => prng.next();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const iso = (year: number, month: number, day: number) =>
    `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;

  const producerList: ProducerRecord[] = [];
  for (let i = 0; i < Math.ceil(products / 3); i += 1) {
    const place = pick(PLACES);
    const type = pick(TYPES);
    const prefix =
      type === 'cooperative'
        ? 'HTX'
        : type === 'enterprise'
          ? 'Công ty TNHH'
          : type === 'cooperative-group'
            ? 'Tổ hợp tác'
            : 'Hộ kinh doanh';
    const producer = {
      id: `producer-${i}`,
      name: `${prefix} ${pick(KINDS)} ${place} ${i}`,
      type,
      representative: {
        name: `${pick(SURNAMES)} ${pick(GIVEN)}`,
        sex: random() < 0.5 ? ('male' as const) : ('female' as const),
        ethnicity: pick(['Kinh', 'Thái', 'Mông', 'Dao', 'Giáy']),
      },
      address: `Xã ${place}, tỉnh Lai Châu`,
      communeCode: String(3600 + (i % 300)).padStart(5, '0'),
      phone: '',
      registrationNumber: `${i}/HTX`,
      createdAt: STAMP,
      updatedAt: STAMP,
    };
    producerList.push({
      ...producer,
      searchWords: searchWords(
        producer.name,
        producer.representative.name,
        producer.address,
        producer.registrationNumber,
      ),
    });
  }

  const productList: ProductRecord[] = [];
  for (let i = 0; i < products; i += 1) {
    const producer = producerList[i % producerList.length] as ProducerRecord;
    const name = `${pick(KINDS)} ${pick(QUALIFIERS)} ${pick(PLACES)}`;
    const code = `12-${producer.communeCode}-${i + 1}-${2019 + (i % 8)}`;
    productList.push({
      id: `product-${i}`,
      name,
      productSet: 1 + (i % 26),
      producerId: producer.id,
      code,
      description: '',
      createdAt: STAMP,
      updatedAt: STAMP,
      searchWords: searchWords(name, code, producer.name),
    });
  }

  const dossiers: Dossier[] = [];
  const certificates: Certificate[] = [];
  productList.forEach((product, i) => {
    const year = 2019 + (i % 8);
    const evaluated = random() < 0.7;
    const on = iso(year, 3 + (i % 6), 1 + (i % 27));
    dossiers.push({
      id: `dossier-${i}`,
      productId: product.id,
      year,
      attempt: i % 7 === 0 ? 're-evaluation' : i % 11 === 0 ? 'upgrade' : 'first',
      receivedOn: on,
      roundId: null,
      forms: { mau01: true, mau02: true, mau03: random() < 0.8 },
      evidence: ['registration', 'food-safety', 'label-packaging'],
      samples: { required: product.productSet === 26 ? 0 : 5, received: 5 },
      precheck: { outcome: 'complete', on, notes: '' },
      evaluation: evaluated
        ? { mean: 50 + random() * 45, stars: 3 + Math.floor(random() * 3), on, sessionId: null }
        : null,
      history: [
        { status: 'received', on, note: '' },
        { status: 'complete', on, note: '' },
        ...(evaluated ? [{ status: 'evaluated' as const, on, note: '' }] : []),
      ],
      createdAt: STAMP,
      updatedAt: STAMP,
    });
    if (evaluated && i % 2 === 0) {
      const decisionDate = iso(year, 9, 1 + (i % 27));
      certificates.push({
        id: `certificate-${i}`,
        productId: product.id,
        stars: 3 + (i % 3),
        score: 55 + (i % 40),
        decisionNumber: `${i}/QĐ-UBND`,
        decisionDate,
        issuer: 'UBND tỉnh Lai Châu',
        certificateNumber: `GCN-${i}`,
        validUntil: certificateValidUntil(decisionDate),
        reEvaluationAppliedOn: null,
        replaces: null,
        note: '',
        createdAt: STAMP,
      });
    }
  });

  const sheetList: SheetRecord[] = [];
  const criteria = Array.from({ length: 32 }, (_, k) => `C-${k + 1}`);
  for (let i = 0; i < sheets; i += 1) {
    const choices: Record<string, number | null> = {};
    for (const id of criteria) choices[id] = random() < 0.03 ? null : Math.floor(random() * 4);
    sheetList.push({
      id: `sheet-${i}`,
      sessionId: `session-${Math.floor(i / 3600)}`,
      memberId: `member-${i % 12}`,
      productId: `product-${Math.floor(i / 12) % products}`,
      round: 1,
      layer: 'primary',
      choices,
      comment: '',
      seal: 'a'.repeat(64),
      sealedAt: STAMP,
      source: 'member',
      updatedAt: STAMP,
    });
  }

  const queries: string[] = [];
  for (let i = 0; i < 200; i += 1) {
    const product = pick(productList);
    const words = product.name.split(' ');
    const form = i % 5;
    if (form === 0) queries.push(words[0] ?? 'chè');
    else if (form === 1) queries.push(words.slice(0, 2).join(' '));
    else if (form === 2) queries.push(`${(words[words.length - 1] ?? '').slice(0, 4)} ${(words[0] ?? '').slice(0, 3)}`);
    else if (form === 3) queries.push(product.code.slice(0, 8));
    else queries.push(searchWords(product.name).slice(0, 2).join(' '));
  }
  const council: Council = {
    id: 'council-bench',
    profile: 'province-2026',
    level: 'province',
    unitName: 'tỉnh Lai Châu',
    councilName: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Lai Châu',
    authority: 'Ủy ban nhân dân tỉnh Lai Châu',
    establishingDecision: { number: '1/QĐ-UBND', date: '2026-06-01' as IsoDate },
    rules: { spreadThreshold: 10, quorumFraction: 0.75, chairRequired: true, markerRule: 'majority' },
    placeName: 'Lai Châu',
    helperGroupName: 'Tổ tư vấn',
    signers: [],
    notes: '',
    createdAt: STAMP,
    updatedAt: STAMP,
  };
  return {
    council,
    producers: producerList,
    products: productList,
    dossiers,
    certificates,
    sheets: sheetList,
    queries,
  };
}
