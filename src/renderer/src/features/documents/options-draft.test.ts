import { describe, expect, it } from 'vitest';
import { DEFAULT_CERTIFICATE_TEMPLATE } from '../../../../shared/documents/certificate-template';
import { checkOptions, EMPTY_OPTIONS } from './options-draft';

const EXTRA = { certificateTemplate: DEFAULT_CERTIFICATE_TEMPLATE, certificates: [], producerAddresses: {} };
const NUMBERING = { minutes: null, submission: null, certificateStart: null };

describe('checkOptions', () => {
  it('accepts an empty form for documents that need no decision: blanks are printed', () => {
    expect(checkOptions(EMPTY_OPTIONS, ['tally', 'minutes'], { ...EXTRA, certificateStart: null })).toEqual({
      ok: true,
      options: { date: null, decision: null, numbering: NUMBERING, ...EXTRA },
    });
  });

  it('needs the decision’s number and date for the decision and the certificates', () => {
    const checked = checkOptions({ ...EMPTY_OPTIONS, decisionNumber: ' ' }, ['certificates'], {
      ...EXTRA,
      certificateStart: null,
    });
    expect(checked.ok ? [] : checked.issues.map((i) => [i.key, i.path[0]])).toEqual([
      ['form.required', 'decisionNumber'],
      ['form.required', 'decisionDate'],
    ]);
  });

  it('reports a date that is not one and a sequence number that is not a whole number', () => {
    const checked = checkOptions(
      { ...EMPTY_OPTIONS, date: '31/02/2026', minutes: '2a', submission: '0', decisionDate: 'mai' },
      ['minutes'],
      { ...EXTRA, certificateStart: null },
    );
    expect(checked.ok ? [] : checked.issues.map((i) => [i.key, i.path[0]])).toEqual([
      ['form.date', 'date'],
      ['form.count', 'minutes'],
      ['form.count', 'submission'],
      ['form.date', 'decisionDate'],
    ]);
  });

  it('gives the options with the decision, dates and numbers as typed', () => {
    const checked = checkOptions(
      {
        date: '2026-08-20',
        minutes: '3',
        submission: '12',
        decisionNumber: ' 125/QĐ-UBND ',
        decisionDate: '2026-08-15',
      },
      ['decision', 'certificates'],
      { ...EXTRA, certificateStart: 4 },
    );
    expect(checked).toMatchObject({
      ok: true,
      options: {
        date: '2026-08-20',
        decision: { number: '125/QĐ-UBND', date: '2026-08-15' },
        numbering: { minutes: 3, submission: 12, certificateStart: 4 },
      },
    });
  });
});
