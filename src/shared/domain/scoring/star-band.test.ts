import { describe, expect, it } from 'vitest';
import { bandStars, displayMean } from './star-band';

describe('bandStars', () => {
  it('puts each band’s lowest mean in that band ("từ … đến dưới …")', () => {
    expect(bandStars(90)).toBe(5);
    expect(bandStars(70)).toBe(4);
    expect(bandStars(50)).toBe(3);
    expect(bandStars(30)).toBe(2);
    expect(bandStars(0)).toBe(1);
    expect(bandStars(100)).toBe(5);
  });

  it('never rounds a mean just below an edge up into the next band', () => {
    expect(bandStars(89.999999)).toBe(4);
    expect(bandStars(69.99)).toBe(3);
    expect(bandStars(69.999999999)).toBe(3);
    expect(bandStars(70 - 1 / 15)).toBe(3); // 15 members, one point short in total
    expect(bandStars(49.99)).toBe(2);
    expect(bandStars(29.99)).toBe(1);
  });

  it('ranks the Tam Đường worked example (71.857…) at 4 stars', () => {
    expect(bandStars(503 / 7)).toBe(4);
  });
});

describe('displayMean', () => {
  it('rounds to two decimals, half up', () => {
    expect(displayMean(87.5)).toBe(87.5);
    expect(displayMean(503 / 7)).toBe(71.86); // 71.857142…
    expect(displayMean(415 / 7)).toBe(59.29); // 59.285714…
    expect(displayMean(72.125)).toBe(72.13);
    expect(displayMean(72.124)).toBe(72.12);
  });

  it('truncates instead when rounding would cross a band edge', () => {
    expect(displayMean(89.996)).toBe(89.99);
    expect(displayMean(69.995)).toBe(69.99);
    expect(displayMean(69.9999999)).toBe(69.99);
    expect(displayMean(49.999)).toBe(49.99);
    expect(displayMean(29.9951)).toBe(29.99);
  });

  it('rounds normally just above an edge, where rounding down stays in the band', () => {
    expect(displayMean(70.004)).toBe(70);
    expect(displayMean(90)).toBe(90);
    expect(displayMean(69.994)).toBe(69.99);
  });
});
