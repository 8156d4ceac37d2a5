import { parseIsoDate } from '../../../../shared/domain/dates/iso-date';
import { issue, type DomainIssue } from '../../../../shared/domain/issues/domain-issue';
import type { CertificateTemplate } from '../../../../shared/documents/certificate-template';
import type { DocumentKindId, DocumentOptions } from '../../../../shared/ipc/documents-schemas';
import { needsFinalised } from './document-kinds';

/** The options as typed (dates as ISO text or what the user typed, numbers as text). */
export interface OptionsDraft {
  readonly date: string;
  readonly minutes: string;
  readonly submission: string;
  readonly decisionNumber: string;
  readonly decisionDate: string;
}

export const EMPTY_OPTIONS: OptionsDraft = {
  date: '',
  minutes: '',
  submission: '',
  decisionNumber: '',
  decisionDate: '',
};

export type OptionsCheck =
  | { readonly ok: true; readonly options: DocumentOptions }
  | { readonly ok: false; readonly issues: readonly DomainIssue[] };

function sequence(text: string, field: string, issues: DomainIssue[]): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d{1,5}$/.test(trimmed) || Number(trimmed) < 1) {
    issues.push(issue('form.count', [field]));
    return null;
  }
  return Number(trimmed);
}

/**
 * The options of a batch from the form, or the fields to fix (issue keys of `issue.form`): dates must be
 * dates, sequence numbers whole numbers, and the decision's number and date are needed when the batch
 * makes the decision or the certificates.
 *
 * @example checkOptions({ …EMPTY_OPTIONS, decisionNumber: '125/QĐ-UBND' }, ['certificates'], …) → issue at decisionDate
 */
export function checkOptions(
  draft: OptionsDraft,
  kinds: readonly DocumentKindId[],
  extra: {
    readonly certificateTemplate: CertificateTemplate;
    readonly certificates: DocumentOptions['certificates'];
    /** The sequence number of the first certificate, when the register numbered them. */
    readonly certificateStart: number | null;
    readonly producerAddresses: DocumentOptions['producerAddresses'];
  },
): OptionsCheck {
  const issues: DomainIssue[] = [];
  const date = draft.date.trim() === '' ? null : parseIsoDate(draft.date.trim());
  if (draft.date.trim() !== '' && date === null) issues.push(issue('form.date', ['date']));
  const minutes = sequence(draft.minutes, 'minutes', issues);
  const submission = sequence(draft.submission, 'submission', issues);
  const decisionDate = draft.decisionDate.trim() === '' ? null : parseIsoDate(draft.decisionDate.trim());
  if (draft.decisionDate.trim() !== '' && decisionDate === null) issues.push(issue('form.date', ['decisionDate']));
  const number = draft.decisionNumber.trim();
  if (kinds.some(needsFinalised)) {
    if (number === '') issues.push(issue('form.required', ['decisionNumber']));
    if (draft.decisionDate.trim() === '') issues.push(issue('form.required', ['decisionDate']));
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    options: {
      date,
      decision: number !== '' && decisionDate !== null ? { number, date: decisionDate } : null,
      numbering: { minutes, submission, certificateStart: extra.certificateStart },
      certificateTemplate: extra.certificateTemplate,
      certificates: extra.certificates,
      producerAddresses: extra.producerAddresses,
    },
  };
}
