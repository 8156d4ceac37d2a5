import { describe, expect, it } from 'vitest';
import { formatTimestamp } from './format-time';

describe('a recorded moment for the minutes', () => {
  it('is written day first with a 24-hour clock in the given time zone', () => {
    expect(formatTimestamp('2026-07-20T01:05:00.000Z', 'Asia/Ho_Chi_Minh')).toBe('20/07/2026 08:05');
    expect(formatTimestamp('2026-07-20T15:30:00.000Z', 'Asia/Ho_Chi_Minh')).toBe('20/07/2026 22:30');
  });

  it('leaves a text that is not a time as it is', () => {
    expect(formatTimestamp('không rõ')).toBe('không rõ');
  });
});
