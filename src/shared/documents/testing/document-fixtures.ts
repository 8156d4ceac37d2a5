/**
 * Test support, never imported by production code: document data and contexts for tests and benchmarks
 * (the example sessions, a session with many members and long Vietnamese names). Free of node:* so that
 * it compiles with the shared code; the caller reads files.
 */
import type { IsoDate } from '../../domain/dates/iso-date';
import type { RubricPack } from '../../domain/rubric/rubric-pack.schema';
import { checkSession } from '../../domain/session/validate-session';
import type { SessionFileInput } from '../../domain/session/session-file.schema';
import { setOf, type BundledPacks } from '../../domain/testing/load-packs';
import { member, product, sessionInput, sheetsWorth, type SheetInput } from '../../domain/testing/session-builder';
import { createI18n, translator } from '../../i18n/create-i18n';
import type { Language } from '../../i18n/messages';
import { documentCouncilFromFile } from '../council-from-file';
import type { DocumentContext } from '../document-context';
import { documentDataFromFile, type SessionDocumentData } from '../document-data';

export const MEETING_DATE = '2025-05-15' as IsoDate;
export const PRINT_DATE = '2025-05-20' as IsoDate;

/** A checked session file as document data, with the meeting date, title and place tests print. */
export function documentDataFromInput(
  input: unknown,
  packs: BundledPacks,
  extra: { title?: string; date?: IsoDate | null; place?: string } = {},
): SessionDocumentData {
  const checked = checkSession(input, packs.lookup);
  if (!checked.ok) throw new Error(`invalid session: ${checked.issues.map((i) => i.key).join(', ')}`);
  return documentDataFromFile(checked.session, checked.pack, {
    title: extra.title ?? 'Phiên họp đánh giá, phân hạng sản phẩm OCOP đợt 1 năm 2025',
    date: extra.date === undefined ? MEETING_DATE : extra.date,
    place: extra.place ?? 'Hội trường Ủy ban nhân dân',
    sessionId: 'test-session',
  });
}

/** The context the command line builds: the council read from its name, its chair and secretary signing. */
export function testContext(data: SessionDocumentData, language: Language = 'vi', date = PRINT_DATE): DocumentContext {
  const t = translator(createI18n(language));
  return { t, language, date, council: documentCouncilFromFile(t, data.session.councilName, data.members) };
}

const LONG_NAMES = [
  'Nguyễn Hoàng Phương Thảo Nguyên',
  'Lò Thị Thanh Hương Xuân Diễm',
  'Vàng A Dính Thào Chẩu Páo',
  'Tẩn Thị Mai Phương Thùy Dung',
  'Hoàng Văn Thượng Nghĩa Đức',
  'Giàng Thị Mỷ Sùng Thị Chứ',
  'Trần Nguyễn Khánh Quỳnh Như',
  'Phạm Lê Thị Ngọc Bích Trâm',
  'Đặng Xuân Trường Giang Sơn',
  'Lê Thị Hồng Nhung Yến Oanh',
  'Bùi Thị Kiều Trinh Huyền My',
  'Chẻo Thị Lả Phùn Thị Sếnh',
  'Đỗ Quang Vĩnh Khương Thịnh',
  'Nguyễn Thị Thu Hường Ánh Tuyết',
  'Triệu Thị Hoa Lý Kim Phượng',
];

/**
 * A session of 15 council members with long Vietnamese names (14 scoring, one absent, the secretary not
 * scoring) and three products with long names under 26/2026 (sets 11, 26 with its variant lists, 6): one
 * 5-star product forwarded to the ministry, one re-scored after a 12-point spread, one recused member.
 */
export function longNamesSessionInput(pack26: RubricPack): SessionFileInput {
  const people = LONG_NAMES.map((name, i) =>
    member(`m${i + 1}`, {
      name,
      role: i === 0 ? 'chair' : i === 1 ? 'vice-chair' : i === 14 ? 'secretary' : 'member',
      present: i !== 9,
      scores: i !== 14,
    }),
  );
  const scoring = people.filter((m) => m.present && m.scores !== false).map((m) => m.id);
  const totals = (base: number, spread: readonly number[], skip: readonly string[] = []): Record<string, number> =>
    Object.fromEntries(
      scoring.filter((id) => !skip.includes(id)).map((id, i) => [id, base + (spread[i % spread.length] ?? 0)]),
    );
  const products = [
    product('p1', 11, {
      name: 'Trà shan tuyết cổ thụ Tả Phìn hữu cơ thượng hạng, hộp quà tặng cao cấp 250 gam',
      producer: 'Hợp tác xã Nông nghiệp và Dịch vụ Chè Shan tuyết cổ thụ Tả Phìn',
    }),
    product('p2', 26, {
      name: 'Du lịch cộng đồng bản Sì Thâu Chải: trải nghiệm văn hóa người Dao đỏ và ruộng bậc thang',
      producer: 'Tổ hợp tác Du lịch cộng đồng Sì Thâu Chải',
      recused: ['m5'],
    }),
    product('p3', 6, {
      name: 'Miến dong Bình Lư sợi nhỏ truyền thống, đóng gói hút chân không',
      producer: 'Hộ kinh doanh Nguyễn Thị Thu Hường Ánh Tuyết',
      attempt: 're-evaluation',
    }),
  ];
  const sheets: SheetInput[] = [
    ...sheetsWorth(setOf(pack26, 11), 'p1', totals(92, [0, 1, 2, 1, 0, 3]), { meetLevel: 5 }),
    ...sheetsWorth(setOf(pack26, 26), 'p2', totals(70, [0, 12, 4, 6, 2]), { meetLevel: 3 }),
    ...sheetsWorth(setOf(pack26, 26), 'p2', totals(72, [0, 3, 5, 2, 4], ['m5']), { meetLevel: 4, round: 2 }),
    ...sheetsWorth(setOf(pack26, 6), 'p3', totals(58, [0, 2, 4, 1, 3]), { meetLevel: 3 }),
  ].filter((s) => !(s.product === 'p2' && s.member === 'm5'));
  return {
    ...sessionInput({ members: people, products, sheets, profile: 'province-2026', rubric: '26/2026' }),
    council: { name: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Lai Châu', members: people },
  };
}
