import { describe, expect, it } from 'vitest';
import { laptopMemberLinks, scoringHref, scoringView, tabMemberLinks } from './scoring-route';

describe('the scoring tab’s addresses', () => {
  it('reads the member picker, a member’s queue and sheet, the paper entry and the packets', () => {
    expect(scoringView([])).toEqual({ mode: 'member' });
    expect(scoringView(['member', 'm1'])).toEqual({ mode: 'member', memberId: 'm1', productId: undefined });
    expect(scoringView(['member', 'm1', 'p2'])).toEqual({ mode: 'member', memberId: 'm1', productId: 'p2' });
    expect(scoringView(['paper', 'm1', 'p2'])).toEqual({ mode: 'paper', memberId: 'm1', productId: 'p2' });
    expect(scoringView(['packets', 'x'])).toEqual({ mode: 'packets' });
    expect(scoringView(['nonsense'])).toEqual({ mode: 'member' });
  });

  it('writes each view back as the link that opens it, keeping member and product across a reload', () => {
    expect(scoringHref('s 1', { mode: 'member' })).toBe('#/sessions/s%201/score');
    expect(scoringHref('s1', { mode: 'member', memberId: 'm1', productId: 'p2' })).toBe(
      '#/sessions/s1/score/member/m1/p2',
    );
    expect(scoringHref('s1', { mode: 'paper', memberId: 'm1' })).toBe('#/sessions/s1/score/paper/m1');
    expect(scoringHref('s1', { mode: 'packets' })).toBe('#/sessions/s1/score/packets');
    expect(tabMemberLinks('s1').sheet('m1', 'p2')).toBe('#/sessions/s1/score/member/m1/p2');
  });

  it('keeps a member’s own laptop under #/sessions/member', () => {
    const links = laptopMemberLinks('s1');
    expect(links.queue('m1')).toBe('#/sessions/member/s1');
    expect(links.sheet('m1', 'p2')).toBe('#/sessions/member/s1/p2');
  });
});
