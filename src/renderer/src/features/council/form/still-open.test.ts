import { describe, expect, it } from 'vitest';
import { issue } from '../../../../../shared/domain/issues/domain-issue';
import { stillOpen } from './still-open';

describe('stillOpen', () => {
  const unit = issue('form.required', ['unitName']);
  const date = issue('form.date', ['establishingDecision', 'date']);

  it('drops the message of a field the user has corrected and keeps the others', () => {
    expect(stillOpen([unit, date], [date])).toEqual([date]);
  });

  it('does not report a new problem before the next save', () => {
    expect(stillOpen([unit], [unit, date])).toEqual([unit]);
    expect(stillOpen([], [unit])).toEqual([]);
  });

  it('keeps the same list when nothing was corrected, so the form does not re-render its summary', () => {
    const shown = [unit, date];
    expect(stillOpen(shown, [date, unit])).toBe(shown);
  });
});
