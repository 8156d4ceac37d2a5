import { describe, expect, it } from 'vitest';
import { memberFileNames, slug } from './file-names';

describe('slug', () => {
  it('drops Vietnamese diacritics, đ included, and joins words with "-"', () => {
    expect(slug('Lò Văn Thắng')).toBe('lo-van-thang');
    expect(slug('Đỗ Thị Lan')).toBe('do-thi-lan');
    expect(slug('Nguyễn Thị Hằng'.normalize('NFD'))).toBe('nguyen-thi-hang');
    expect(slug('  HTX "Miến dong" Bình Lư / 2025 ')).toBe('htx-mien-dong-binh-lu-2025');
  });

  it('cuts long names and never returns an empty slug', () => {
    expect(slug('Trà shan tuyết cổ thụ Tả Phìn hữu cơ', 20)).toBe('tra-shan-tuyet-co-th');
    expect(slug('—')).toBe('x');
  });
});

describe('memberFileNames', () => {
  it('names each member’s file after them, numbering namesakes in council order', () => {
    const names = memberFileNames('phieu-cham', [
      { id: 'm1', name: 'Lò Văn Thắng' },
      { id: 'm2', name: 'Lo Van Thang' },
      { id: 'm3', name: 'Tẩn Thị Mai' },
    ]);
    expect([...names.values()]).toEqual([
      'phieu-cham-lo-van-thang.pdf',
      'phieu-cham-lo-van-thang-2.pdf',
      'phieu-cham-tan-thi-mai.pdf',
    ]);
    expect(memberFileNames('phieu-cham-trong', [{ id: 'm1', name: 'Đỗ Thị Lan' }]).get('m1')).toBe(
      'phieu-cham-trong-do-thi-lan.pdf',
    );
  });
});
