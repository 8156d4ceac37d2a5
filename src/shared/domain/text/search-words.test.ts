import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesQuery, searchWords } from './search-words';

describe('search words', () => {
  it('folds Vietnamese to plain lower-case letters', () => {
    expect(foldForSearch('Chè Shan tuyết cổ thụ')).toBe('che shan tuyet co thu');
    expect(foldForSearch('ĐẶC SẢN Đồng Tháp')).toBe('dac san dong thap');
    // Decomposed input (NFD from some keyboards) folds the same as composed.
    expect(foldForSearch('Mie\u0302\u0301n dong')).toBe('mien dong');
  });

  it('splits on punctuation and keeps codes as words', () => {
    expect(searchWords('Mật ong bạc hà', '12-03691-5-2026')).toEqual([
      'mat',
      'ong',
      'bac',
      'ha',
      '12',
      '03691',
      '5',
      '2026',
    ]);
    expect(searchWords('HTX  Chè / Tam Đường', 'chè')).toEqual(['htx', 'che', 'tam', 'duong']);
  });

  it('matches when every query word starts some word, in any order', () => {
    const words = searchWords('Miến dong Bình Lư');
    expect(matchesQuery(words, 'dong bi')).toBe(true);
    expect(matchesQuery(words, 'BÌNH miến')).toBe(true);
    expect(matchesQuery(words, 'ong')).toBe(false);
    expect(matchesQuery(words, 'mien gao')).toBe(false);
    expect(matchesQuery(words, '  ')).toBe(true);
  });
});
