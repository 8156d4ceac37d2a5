import type { Widen } from '../../messages';
import type { welcome as vi } from '../vi/welcome';

export const welcome: Widen<typeof vi> = {
  welcome: {
    title: 'Welcome to OCOP Council',
    intro:
      'The app helps the secretary and the members of an OCOP product evaluation and rating council work on this computer, without the Internet. Choose one of the two ways to start.',
    setUp: {
      heading: 'Set up a new council',
      lead: 'Choose the level and the regulation your council works under; the app guides you step by step, and everything can be changed later.',
      start: 'Start the setup',
    },
    demo: {
      heading: 'Try it with demo data',
      body: 'The Tam Đường district council of 2025 and its helper group, the year’s plan, about 12 products across several sets (tea, miến dong, rice, honey, community tourism…) and certificates due for re-evaluation. The demo is kept apart and never mixes with the council’s own data.',
      open: 'Open the demo “Tam Đường 2025”',
      opening: 'Opening the demo…',
      failed: 'The demo could not be opened: {{detail}}',
    },
    rubric: {
      lead: 'Only want to look at the scoring forms of each product set?',
      link: 'View the scoring rubrics',
    },
    setup: {
      title: 'Council setup',
      intro: 'Four steps, about five minutes. Everything can be changed later under Council.',
      stepsLabel: 'Setup steps',
      stepOf: 'Step {{step}} of {{count}}',
      steps: {
        profile: 'Level and regulation',
        identity: 'Council details',
        rules: 'Rules of procedure',
        members: 'Members',
      },
      next: 'Next',
      back: 'Back',
      leave: 'Back to the welcome screen',
      save: 'Save and start working',
      saveWithoutMembers: 'Skip, save the council',
      saving: 'Saving…',
      failed: 'Could not save: {{detail}}',
      profileIntro:
        'The regulation sets the council’s level, the rubric it scores with, the round schedule and who recognises each star level.',
      identityIntro: 'These details are printed on the minutes, submissions and decisions.',
      rulesIntro:
        'As the council’s rules of procedure (Quy chế) say. The values given are the usual ones; change them if your rules differ.',
      membersIntro:
        'Enter the council as the establishing decision lists it, or skip and add members later. Lines without a name are skipped.',
      membersTable: 'First members of the council',
      addRow: 'Add a line',
      removeRow: 'Remove line {{row}}',
      rowActions: 'Actions',
      rowName: 'Full name, line {{row}}',
      rowRole: 'Role, line {{row}}',
      rowTitle: 'Position and organisation, line {{row}}',
      rowScores: 'Scores, line {{row}}',
      titlePlaceholder: 'e.g. Vice-chair of the District People’s Committee',
      membersFrom: 'Members serve from the day the establishing decision was signed ({{date}}).',
      rounds: 'On saving, the app creates the evaluation rounds of {{year}}: {{list}}.',
      roundItem: 'round {{number}} scored before {{date}}',
      roundItemWithDossiers: 'round {{number}} scored before {{date}} (dossiers by {{dossiersBy}})',
      pastRounds: 'Rounds whose day has passed are recorded as “Closed”; change that under Council › Rounds.',
      noRounds:
        'This regulation sets no round schedule; after saving, add the rounds of the provincial plan under Council › Rounds.',
    },
  },
};
