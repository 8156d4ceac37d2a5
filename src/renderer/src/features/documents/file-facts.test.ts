import { describe, expect, it } from 'vitest';
import { fileSize, shortHash } from './file-facts';

describe('file facts', () => {
  it('writes sizes with a decimal comma in Vietnamese and a point in English', () => {
    expect(fileSize(512, 'vi')).toBe('512 B');
    expect(fileSize(250_880, 'vi')).toBe('245,0 KB');
    expect(fileSize(3 * 1024 * 1024 + 300_000, 'en')).toBe('3.3 MB');
  });

  it('shortens a SHA-256 to three groups of four hex digits', () => {
    expect(shortHash('3f2a91c07be4d215aa00')).toBe('3f2a-91c0-7be4');
  });
});
