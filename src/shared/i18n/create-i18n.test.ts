import { describe, expect, it } from 'vitest';
import { createI18n, translator } from './create-i18n';
import { isLanguage } from './messages';

describe('createI18n and translator', () => {
  it('translates synchronously with interpolation, without escaping', () => {
    expect(translator(createI18n('vi'))('stars', { count: 4 })).toBe('4 sao');
    expect(translator(createI18n('en'))('stars', { count: 4 })).toBe('4 stars');
    expect(translator(createI18n('en'))('issue.session.unknownPack', { pack: '<x>' })).toContain('“<x>”');
  });

  it('returns the key for a missing message', () => {
    const t = translator(createI18n('en'));
    expect(t('no.such.key')).toBe('no.such.key');
  });

  it('keeps separate instances for separate languages', () => {
    const vi = translator(createI18n('vi'));
    const en = translator(createI18n('en'));
    expect(vi('status.recognise')).not.toBe(en('status.recognise'));
  });
});

describe('isLanguage', () => {
  it('accepts vi and en only', () => {
    expect(isLanguage('vi')).toBe(true);
    expect(isLanguage('en')).toBe(true);
    expect(isLanguage('fr')).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });
});
