import { describe, expect, it } from 'vitest';
import { vi } from '../../i18n/locales/vi';
import { cellMultiline, cellText } from './cell-text';
import {
  columnOfHeader,
  headerText,
  PRODUCER_TYPE_WORDS,
  PRODUCT_COLUMNS,
  SEX_WORDS,
  sheetOfName,
  wordValue,
} from './template-format';
import { ROW_ISSUE_KINDS, WORKBOOK_ISSUE_KINDS } from './workbook-rows';

describe('the import format', () => {
  it('reads headers whatever their case, diacritics, spacing, asterisk or reminder', () => {
    expect(columnOfHeader('producers', 'Tên chủ thể*')).toBe('name');
    expect(columnOfHeader('producers', ' mã XÃ  (5 số) ')).toBe('communeCode');
    expect(columnOfHeader('producers', 'Ma xa')).toBe('communeCode');
    expect(columnOfHeader('producers', 'Số ĐKKD')).toBe('registrationNumber');
    expect(columnOfHeader('products', 'Bộ sản phẩm* (1–26)')).toBe('productSet');
    expect(columnOfHeader('products', 'Product code')).toBe('code');
    expect(columnOfHeader('products', 'Ghi chú riêng')).toBeNull();
    expect(columnOfHeader('products', '')).toBeNull();
  });

  it('writes headers with an asterisk for required columns and the reminder in brackets', () => {
    expect(PRODUCT_COLUMNS.map(headerText)).toEqual([
      'Tên sản phẩm*',
      'Bộ sản phẩm* (1–26)',
      'Tên chủ thể*',
      'Mã sản phẩm',
      'Mô tả',
    ]);
  });

  it('knows the sheets by name, with or without diacritics, and in English', () => {
    expect(sheetOfName('Chủ thể')).toBe('producers');
    expect(sheetOfName('CHU THE')).toBe('producers');
    expect(sheetOfName('Products')).toBe('products');
    expect(sheetOfName('Hướng dẫn')).toBeNull();
  });

  it('reads the template’s words, their abbreviations and English', () => {
    expect(wordValue(PRODUCER_TYPE_WORDS, 'hợp tác xã')).toBe('cooperative');
    expect(wordValue(PRODUCER_TYPE_WORDS, 'THT')).toBe('cooperative-group');
    expect(wordValue(PRODUCER_TYPE_WORDS, 'Household business')).toBe('household-business');
    expect(wordValue(SEX_WORDS, 'NỮ')).toBe('female');
    expect(wordValue(SEX_WORDS, 'khác')).toBeNull();
  });

  it('cleans cells: NFC, trimmed, one space; descriptions keep their line breaks', () => {
    expect(cellText('  Mie\u0302\u0301n\u00a0 dong ')).toBe('Miến dong');
    expect(cellText(3637)).toBe('3637');
    expect(cellText(null)).toBe('');
    expect(cellMultiline(' Dòng 1  \r\n  Dòng 2 ')).toBe('Dòng 1\nDòng 2');
  });
});

describe('the exchange messages', () => {
  function lookup(key: string): unknown {
    let node: unknown = vi;
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    return node;
  }

  it('have a Vietnamese text for every issue kind the import and the reader report', () => {
    for (const kind of ROW_ISSUE_KINDS) expect(typeof lookup(`exchange.issue.${kind}`), kind).toBe('string');
    for (const kind of WORKBOOK_ISSUE_KINDS) expect(typeof lookup(`exchange.workbook.${kind}`), kind).toBe('string');
  });
});
