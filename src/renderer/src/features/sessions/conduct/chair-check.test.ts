import { describe, expect, it } from 'vitest';
import { pinHash } from '../../../../../shared/domain/council-session/member-pin';
import { chairProblem, chairsOf } from './chair-check';
import { member, session } from './test-support';

describe('acting as chair', () => {
  const s = session([member('m1', { role: 'chair', pinHash: pinHash('s1', 'm1', '2468') }), member('m2')], []);

  it('is open to the chair only', () => {
    expect(chairsOf(s).map((m) => m.memberId)).toEqual(['m1']);
    expect(chairProblem(s, 'm2', '')).toMatchObject({ key: 'session.flow.notChair', path: ['chairId'] });
  });

  it('needs the chair’s PIN when they set one', () => {
    expect(chairProblem(s, 'm1', '2468')).toBeNull();
    expect(chairProblem(s, 'm1', '1111')).toMatchObject({ key: 'session.flow.wrongPin', path: ['pin'] });
    const noPin = session([member('m1', { role: 'chair' })], []);
    expect(chairProblem(noPin, 'm1', '')).toBeNull();
  });
});
