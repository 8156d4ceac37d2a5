/**
 * Writes tests/fixtures/sessions/long-names.session.json: a session@1 file that stresses the printed
 * documents (scripts/render-document-pngs.ts renders it). 15 council members with long names (14 scoring,
 * one absent, the secretary not scoring) and 8 products with long names and long producer names under
 * 26/2026: a 5-star product for the ministry, the tourism set with its variant lists re-scored after a
 * 13-point spread with a recused member, a star withheld by the marker gate, a 2-star product, an
 * excluded dossier. Run: `npx tsx scripts/generate-long-names-session.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { StarLevel } from '../src/shared/domain/rubric/rubric-pack.schema';
import type { SessionFileInput } from '../src/shared/domain/session/session-file.schema';
import { loadBundledPacks, setOf } from '../src/shared/domain/testing/load-packs';
import {
  member,
  product,
  sessionInput,
  sheetsWorth,
  type SheetInput,
} from '../src/shared/domain/testing/session-builder';

export const LONG_NAMES_SESSION = path.resolve('tests/fixtures/sessions/long-names.session.json');

const MEMBERS = [
  'PGS.TS. Nguyễn Hoàng Phương Thảo Nguyên',
  'Lò Thị Thanh Hương Xuân Diễm',
  'ThS. Vàng A Dính Thào Chẩu Páo',
  'Tẩn Thị Mai Phương Thùy Dung',
  'Hoàng Văn Thượng Nghĩa Đức',
  'Giàng Thị Mỷ Sùng Thị Chứ',
  'TS. Trần Nguyễn Khánh Quỳnh Như',
  'Phạm Lê Thị Ngọc Bích Trâm',
  'Đặng Xuân Trường Giang Sơn',
  'Lê Thị Hồng Nhung Yến Oanh',
  'Bùi Thị Kiều Trinh Huyền My',
  'Chẻo Thị Lả Phùn Thị Sếnh',
  'KS. Đỗ Quang Vĩnh Khương Thịnh',
  'Nguyễn Thị Thu Hường Ánh Tuyết',
  'Triệu Thị Hoa Lý Kim Phượng',
];

/** Scoring members' totals: `base` plus the offsets in turn, leaving out `skip`. */
function totals(scoring: readonly string[], base: number, offsets: readonly number[], skip: readonly string[] = []) {
  return Object.fromEntries(
    scoring.filter((id) => !skip.includes(id)).map((id, i) => [id, base + (offsets[i % offsets.length] ?? 0)]),
  );
}

export function longNamesSession(): SessionFileInput {
  const { pack26 } = loadBundledPacks((file) => readFileSync(file, 'utf8'));
  const people = MEMBERS.map((name, i) =>
    member(`m${i + 1}`, {
      name,
      role: i === 0 ? 'chair' : i <= 2 ? 'vice-chair' : i === 14 ? 'secretary' : 'member',
      present: i !== 9,
      scores: i !== 14,
    }),
  );
  const scoring = people.filter((m) => m.present && m.scores !== false).map((m) => m.id);
  const products = [
    product('p1', 11, {
      name: 'Trà shan tuyết cổ thụ Tả Phìn hữu cơ thượng hạng, hộp quà tặng cao cấp 250 gam',
      producer: 'Hợp tác xã Nông nghiệp và Dịch vụ Chè Shan tuyết cổ thụ Tả Phìn, xã Tả Phìn, thị xã Sa Pa',
    }),
    product('p2', 26, {
      name: 'Du lịch cộng đồng bản Sì Thâu Chải: trải nghiệm văn hóa người Dao đỏ và ruộng bậc thang',
      producer: 'Tổ hợp tác Du lịch cộng đồng và Dịch vụ Homestay bản Sì Thâu Chải, xã Sơn Bình',
      recused: ['m5'],
    }),
    product('p3', 6, {
      name: 'Miến dong Bình Lư sợi nhỏ truyền thống, đóng gói hút chân không',
      producer: 'Hộ kinh doanh Nguyễn Thị Thu Hường Ánh Tuyết',
      attempt: 're-evaluation',
    }),
    product('p4', 14, {
      name: 'Rượu ngô men lá truyền thống người Mông Sà Dề Phìn ủ hầm đất 12 tháng, chai sứ 500 ml',
      producer: 'Hợp tác xã Sản xuất, Kinh doanh và Dịch vụ Tổng hợp Nông lâm nghiệp Sà Dề Phìn',
      attempt: 'upgrade',
    }),
    product('p5', 4, {
      name: 'Mật ong hoa bạc hà rừng tự nhiên cao nguyên đá Bắc Hà',
      producer: 'Tổ hợp tác Nuôi ong lấy mật Thải Giàng Phố',
    }),
    product('p6', 21, {
      name: 'Bộ sản phẩm thổ cẩm thêu tay hoa văn truyền thống dân tộc Dao đỏ và Hà Nhì Lao Chải',
      producer: 'Hợp tác xã Dệt may Thổ cẩm và Thủ công mỹ nghệ Truyền thống Lao Chải - Tả Van',
      disqualified:
        'Hồ sơ thiếu bản sao Giấy chứng nhận đăng ký kinh doanh và phiếu kết quả kiểm nghiệm chỉ tiêu an toàn của sản phẩm còn hiệu lực',
    }),
    product('p7', 3, {
      name: 'Gạo Séng Cù Mường Khương đặc sản hữu cơ vụ mùa, túi vải 5 kg',
      producer: 'Công ty Trách nhiệm hữu hạn Một thành viên Nông sản sạch Mường Khương',
    }),
    product('p8', 13, {
      name: 'Cà phê Arabica rang mộc nguyên hạt vùng cao Mường Hum',
      producer: 'Công ty Cổ phần Đầu tư Phát triển Nông nghiệp Công nghệ cao Bát Xát',
    }),
  ];
  const worth = (no: number, id: string, t: Record<string, number>, meet?: StarLevel, round = 1): SheetInput[] =>
    sheetsWorth(setOf(pack26, no), id, t, { ...(meet ? { meetLevel: meet } : {}), round });
  const sheets: SheetInput[] = [
    ...worth(11, 'p1', totals(scoring, 92, [0, 1, 2, 1, 0, 3]), 5),
    ...worth(26, 'p2', totals(scoring, 70, [0, 13, 4, 6, 2], ['m5']), 3),
    ...worth(26, 'p2', totals(scoring, 72, [0, 3, 5, 2, 4], ['m5']), 4, 2),
    ...worth(6, 'p3', totals(scoring, 58, [0, 2, 4, 1, 3]), 3),
    ...worth(14, 'p4', totals(scoring, 74, [0, 2, 1, 3, 2]), 3),
    ...worth(4, 'p5', totals(scoring, 44, [0, 3, 1, 2])),
    ...worth(3, 'p7', totals(scoring, 63, [0, 2, 5, 1, 3]), 3),
    ...worth(13, 'p8', totals(scoring, 81, [0, 1, 3, 2, 4]), 4),
  ];
  return {
    ...sessionInput({ members: people, products, sheets, profile: 'province-2026', rubric: '26/2026' }),
    council: { name: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Lào Cai', members: people },
  };
}

const direct = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename);
if (direct) {
  writeFileSync(LONG_NAMES_SESSION, `${JSON.stringify(longNamesSession(), null, 1)}\n`);
  process.stdout.write(`${path.relative(process.cwd(), LONG_NAMES_SESSION)}\n`);
}
