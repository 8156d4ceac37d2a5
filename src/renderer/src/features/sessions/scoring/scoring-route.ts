import { hrefOf } from '../../../app/routes';

/** Where the scoring tab is: its three ways sheets arrive, and which member / product is open. */
export type ScoringView =
  | { readonly mode: 'member'; readonly memberId?: string | undefined; readonly productId?: string | undefined }
  | { readonly mode: 'paper'; readonly memberId?: string | undefined; readonly productId?: string | undefined }
  | { readonly mode: 'packets' };

export type ScoringMode = ScoringView['mode'];
export const SCORING_MODES: readonly ScoringMode[] = ['member', 'paper', 'packets'];

/**
 * The view of the path after `score` (`#/sessions/<id>/score/…`): nothing is the member picker,
 * `member/<m>[/<p>]` a member's queue or sheet, `paper[/<m>/<p>]` the paper entry, `packets` the kits and
 * packets. Anything else is the member picker.
 *
 * @example scoringView(['member', 'm1', 'p2']) → { mode: 'member', memberId: 'm1', productId: 'p2' }
 */
export function scoringView(rest: readonly string[]): ScoringView {
  const [mode, memberId, productId] = rest;
  if (mode === 'paper') return { mode, memberId, productId };
  if (mode === 'packets') return { mode };
  if (mode === 'member') return { mode, memberId, productId };
  return { mode: 'member' };
}

/** The link to a view of the scoring tab of a session. */
export function scoringHref(sessionId: string, view: ScoringView): string {
  const parts: string[] = [sessionId, 'score'];
  if (view.mode === 'packets') parts.push('packets');
  else if (view.mode === 'paper') parts.push('paper', ...[view.memberId, view.productId].filter(isText));
  else if (view.memberId) parts.push('member', view.memberId, ...[view.productId].filter(isText));
  return hrefOf('sessions', ...parts);
}

function isText(value: string | undefined): value is string {
  return value !== undefined && value !== '';
}

/** Links of the member turns, so the same screens serve the scoring tab and a member's own laptop. */
export interface MemberLinks {
  readonly picker: () => string;
  readonly queue: (memberId: string) => string;
  readonly sheet: (memberId: string, productId: string) => string;
}

/** The member links inside the scoring tab (`#/sessions/<id>/score/member/<m>/<p>`). */
export function tabMemberLinks(sessionId: string): MemberLinks {
  return {
    picker: () => scoringHref(sessionId, { mode: 'member' }),
    queue: (memberId) => scoringHref(sessionId, { mode: 'member', memberId }),
    sheet: (memberId, productId) => scoringHref(sessionId, { mode: 'member', memberId, productId }),
  };
}

/** The member links on a member's own laptop (`#/sessions/member/<session>/<product>`). */
export function laptopMemberLinks(sessionId: string): MemberLinks {
  return {
    picker: () => hrefOf('sessions', 'member', sessionId),
    queue: () => hrefOf('sessions', 'member', sessionId),
    sheet: (_memberId, productId) => hrefOf('sessions', 'member', sessionId, productId),
  };
}
