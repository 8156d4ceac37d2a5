/** The tabs of a session: conduct it (roll call, conflicts, progress, steps), score, results, history. */
export const SESSION_TABS = ['conduct', 'score', 'results', 'history'] as const;
export type SessionTab = (typeof SESSION_TABS)[number];
