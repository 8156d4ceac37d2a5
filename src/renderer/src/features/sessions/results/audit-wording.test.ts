import { describe, expect, it } from 'vitest';
import { createI18n, translator } from '../../../../../shared/i18n/create-i18n';
import { AUDIT_TYPES, auditNames, describeAuditEvent, typeCounts } from './audit-wording';
import { tamDuong } from './test-support';

const vi = translator(createI18n('vi'));
const en = translator(createI18n('en'));
const { session } = tamDuong();
const names = auditNames(session, 'Thư ký', (id) => `người không rõ (${id})`);
const say = (actor: string, type: string, data: Record<string, string | number | boolean | null> = {}, t = vi) =>
  describeAuditEvent({ actor, type, data }, names, t);

describe('the audit log in words', () => {
  it('says who sealed which sheet, in which round, with the seal in its short form', () => {
    expect(
      say('m1', 'sheet-sealed', { member: 'm1', product: 'p1', round: 1, source: 'member', seal: '3f2a91c07be4' }),
    ).toBe('Lò Văn Thắng niêm phong phiếu sản phẩm Miến dong Bình Lư (vòng 1), mã 3f2a-91c0-7be4');
  });

  it('says whose sheet the secretary sealed and how it arrived', () => {
    expect(
      say('secretary', 'sheet-sealed', {
        member: 'm2',
        product: 'p4',
        round: 2,
        source: 'secretary',
        seal: 'aaaabbbbcccc',
      }),
    ).toBe(
      'Thư ký niêm phong phiếu của Tẩn Thị Mai, sản phẩm Mật ong bạc hà Tam Đường (vòng 2), mã aaaa-bbbb-cccc (thư ký nhập từ phiếu giấy)',
    );
  });

  it('words the roll call, conflicts, exclusions and the re-score round with names, not ids', () => {
    expect(say('secretary', 'attendance', { member: 'm8', present: false })).toBe(
      'Thư ký ghi Hoàng Văn Phong vắng mặt',
    );
    expect(say('m5', 'conflict', { member: 'm5', product: 'p4' })).toBe(
      'Lê Quang Huy khai báo xung đột lợi ích với sản phẩm Mật ong bạc hà Tam Đường: không chấm sản phẩm này',
    );
    expect(say('secretary', 'disqualified', { product: 'p6' })).toBe(
      'Thư ký loại sản phẩm Su su Tả Lèng khỏi phiên chấm; lý do: Không có giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
    );
    expect(say('secretary', 'rescore-opened', { products: 'p4,p1' })).toBe(
      'Thư ký mở vòng chấm lại cho: Mật ong bạc hà Tam Đường, Miến dong Bình Lư',
    );
  });

  it('words the reveal, the chair’s confirmation, finalisation and amendments', () => {
    expect(say('secretary', 'revealed', { early: false })).toBe('Mọi phiếu đã niêm phong: điểm được mở cho hội đồng');
    expect(say('m1', 'revealed', { early: true })).toBe('Lò Văn Thắng mở phiếu trước khi mọi phiếu được niêm phong');
    expect(say('m1', 'finalised', { version: 1, hash: 'ab12cd34ef56'.padEnd(64, '0') })).toBe(
      'Lò Văn Thắng kết thúc phiên và khóa kết quả: phiên bản 1, mã ab12-cd34-ef56',
    );
    expect(
      say('m1', 'amended', { version: 2, reason: 'Sửa lỗi nhập phiếu', hash: 'ffff0000aaaa'.padEnd(64, '1') }),
    ).toBe('Lò Văn Thắng điều chỉnh kết quả thành phiên bản 2, mã ffff-0000-aaaa; lý do: Sửa lỗi nhập phiếu');
    expect(say('m2', 'packet-imported', { member: 'Tẩn Thị Mai', added: 5, duplicates: 1 })).toBe(
      'Nhập gói phiếu từ máy của Tẩn Thị Mai: 5 phiếu mới, 1 phiếu trùng (bỏ qua)',
    );
  });

  it('has a sentence for every entry type the repositories write, in both languages', () => {
    for (const type of AUDIT_TYPES) {
      for (const t of [vi, en]) {
        const text = say('m1', type, { member: 'm2', product: 'p1', round: 1, products: 'p1', sheets: 3 }, t);
        expect(text, type).not.toMatch(/sessions\.history|\{\{/);
        expect(text.length, type).toBeGreaterThan(10);
      }
    }
  });

  it('still says something for an entry type it does not know, and names an unknown person', () => {
    expect(say('x9', 'moved', { room: 2 })).toBe('người không rõ (x9): moved (room: 2)');
  });

  it('counts the entry types present, in the order a session meets them', () => {
    const events = ['sheet-sealed', 'created', 'sheet-sealed', 'moved', 'finalised'].map((type) => ({ type }));
    expect(typeCounts(events)).toEqual([
      ['created', 1],
      ['sheet-sealed', 2],
      ['finalised', 1],
      ['moved', 1],
    ]);
  });
});
