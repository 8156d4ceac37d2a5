import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../dates/iso-date';
import { councilNamesFor, defaultSignerTitle, levelOf, placeNameOf, setupYear } from './council-setup';

const day = (value: string) => value as IsoDate;

describe('councilNamesFor', () => {
  it('names a district council, its authority, place and helper group from “huyện Tam Đường”', () => {
    expect(councilNamesFor('district', 'huyện Tam Đường')).toEqual({
      councilName: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Tam Đường',
      authority: 'Ủy ban nhân dân huyện Tam Đường',
      placeName: 'Tam Đường',
      helperGroupName: 'Tổ giúp việc',
    });
  });

  it('calls a provincial council’s helper group the advisory group (Tổ tư vấn)', () => {
    expect(councilNamesFor('province', '  tỉnh   Lai Châu ')).toEqual({
      councilName: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Lai Châu',
      authority: 'Ủy ban nhân dân tỉnh Lai Châu',
      placeName: 'Lai Châu',
      helperGroupName: 'Tổ tư vấn',
    });
  });

  it('leaves the names empty until a unit is typed', () => {
    expect(councilNamesFor('district', ' ')).toMatchObject({ councilName: '', authority: '', placeName: '' });
  });
});

describe('placeNameOf', () => {
  it('drops the administrative word, whatever its case, and keeps a bare name', () => {
    expect(placeNameOf('Tỉnh Lai Châu')).toBe('Lai Châu');
    expect(placeNameOf('thành phố Lai Châu')).toBe('Lai Châu');
    expect(placeNameOf('thị xã Mường Lay')).toBe('Mường Lay');
    expect(placeNameOf('Tam Đường')).toBe('Tam Đường');
  });
});

describe('levelOf', () => {
  it('puts district-2023 at the district and the other profiles at the province', () => {
    expect([levelOf('district-2023'), levelOf('province-2025'), levelOf('province-2026')]).toEqual([
      'district',
      'province',
      'province',
    ]);
  });
});

describe('setupYear', () => {
  it('starts a provincial council in the current year', () => {
    expect(setupYear('province-2026', day('2024-01-05'), day('2026-11-29'))).toBe(2026);
    expect(setupYear('province-2025', null, day('2026-11-29'))).toBe(2026);
  });

  it('starts a district council (an archive since 07/2025) in its establishing year, never in the future', () => {
    expect(setupYear('district-2023', day('2025-02-10'), day('2026-11-29'))).toBe(2025);
    expect(setupYear('district-2023', day('2027-01-01'), day('2026-11-29'))).toBe(2026);
    expect(setupYear('district-2023', null, day('2026-11-29'))).toBe(2026);
  });
});

describe('defaultSignerTitle', () => {
  it('prints the chair, the secretary and the committee head as administrative documents do', () => {
    expect(defaultSignerTitle('council-chair')).toBe('CHỦ TỊCH HỘI ĐỒNG');
    expect(defaultSignerTitle('council-secretary')).toBe('THƯ KÝ HỘI ĐỒNG');
    expect(defaultSignerTitle('authority-head')).toBe('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH');
  });
});
