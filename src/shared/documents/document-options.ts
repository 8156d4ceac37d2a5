import type { IsoDate } from '../domain/dates/iso-date';
import type { CertificateTemplate } from './certificate-template';

/** Choices the user makes when generating documents (the app's dialog, the command line's options). */
export interface DocumentOptions {
  /**
   * The recognition decision: its number ("125/QĐ-UBND") and date. The draft decision prints blanks
   * without them; certificates cannot be made without both (`missingDocumentOptions`).
   */
  readonly decision?: { readonly number: string | null; readonly date: IsoDate | null };
  /** Overrides of the certificate template's defaults (title, authority, signer, border, colour…). */
  readonly certificateTemplate?: Partial<CertificateTemplate>;
  /**
   * Sequence numbers for the council's number patterns (`{{n}}`): blank ("……") when absent, to be
   * filled in by the office that registers the document. `certificateStart` numbers the certificates.
   */
  readonly numbering?: {
    readonly minutes?: number;
    readonly submission?: number;
    readonly certificateStart?: number;
  };
  /** The meeting's opening and closing times ("08:00"), printed in the minutes; blanks when absent. */
  readonly meeting?: { readonly start?: string; readonly end?: string };
  /** Producers' addresses by product id, printed on certificates; blanks when absent. */
  readonly producerAddresses?: Readonly<Record<string, string>>;
}
