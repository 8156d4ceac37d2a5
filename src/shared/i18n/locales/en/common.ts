import type { Widen } from '../../messages';
import type { common as vi } from '../vi/common';

export const common: Widen<typeof vi> = {
  common: {
    save: 'Save',
    cancel: 'Cancel',
    close: 'Close',
    add: 'Add',
    edit: 'Edit',
    open: 'Open',
    back: 'Back',
    search: 'Search',
    all: 'All',
    yes: 'Yes',
    no: 'No',
    none: 'None',
    sort: 'Sort by this column',
    loading: 'Loading…',
    saved: 'Saved.',
    notSaved: 'Not saved: {{count}} errors to correct',
    loadFailed: 'The data could not be read: {{detail}}',
    count: '{{count}} items',
    countOf: '{{shown}} of {{total}} items',
    required: 'required',
    date: 'Date',
    datePlaceholder: 'dd/mm/yyyy',
    year: 'Year',
    note: 'Note',
    daysLeft: '{{count}} days left',
    daysAgo: '{{count}} days ago',
    today: 'today',
  },
  workspace: {
    demoBanner: 'You are looking at the demo workspace “Tam Đường 2025”. Changes stay in the demo.',
    leaveDemo: 'Back to the council’s data',
  },
};
