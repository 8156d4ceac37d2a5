import { describe, expect, it } from 'vitest';
import { memberKitFileName, sheetPacketFileName } from './file-names';

describe('the files carried between laptops', () => {
  it('names a member kit after the member and the session, in plain ASCII', () => {
    expect(memberKitFileName('Lò Thị Hoa', 'Phiên chấm đợt 1 năm 2026')).toBe(
      'lo-thi-hoa-phien-cham-dot-1-nam-2026.member-kit.json',
    );
    expect(memberKitFileName('Đặng Văn Đức', '')).toBe('dang-van-duc-phien-cham.member-kit.json');
  });

  it('names a sheet packet after the member', () => {
    expect(sheetPacketFileName('Hà Văn Bình')).toBe('ha-van-binh.sheet-packet.json');
    expect(sheetPacketFileName('  ')).toBe('thanh-vien.sheet-packet.json');
  });

  it('keeps long names short enough for a USB stick', () => {
    const name = sheetPacketFileName('Nguyễn '.repeat(30));
    expect(name.length).toBeLessThanOrEqual(60 + '.sheet-packet.json'.length);
    expect(name).not.toMatch(/-\./);
  });
});
