import type { Widen } from '../../messages';
import type { sessions as vi } from '../vi/sessions';

export const sessions: Widen<typeof vi> = {
  sessions: {
    backToList: 'Back to the sessions',
    header: '{{council}} · Rubric pack {{pack}}',
    tabsLabel: 'Session sections',
    tabs: {
      conduct: 'Conduct',
      score: 'Scoring',
      results: 'Results',
      history: 'History',
    },
    phase: {
      preparing: 'Preparing',
      scoring: 'Scoring',
      review: 'Reviewing results',
      confirmed: 'Confirmed by the chair',
      finalised: 'Finalised, locked',
    },
  },
};
