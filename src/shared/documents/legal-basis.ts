import { PROCESS_PROFILES } from '../domain/profiles/process-profiles';
import type { DocumentContext } from './document-context';
import type { SessionDocumentData } from './document-data';

/** i18n keys (under documents.legalBasis) of the legal documents the profiles name. */
const BASIS_KEYS: Readonly<Record<string, string>> = {
  '148/QĐ-TTg': 'qd148',
  '1489/QĐ-TTg': 'qd1489',
  '26/2026/QĐ-TTg': 'qd26',
};

/**
 * The "Căn cứ …" lines of the regulation a session was held under, one per legal document of its profile
 * (QĐ 148/QĐ-TTg; 148 and 1489/QĐ-TTg; 26/2026/QĐ-TTg), each ending with ";".
 */
export function legalBasisLines(ctx: DocumentContext, data: SessionDocumentData): string[] {
  return PROCESS_PROFILES[data.session.profile].legalBasis.map((basis) => {
    const key = BASIS_KEYS[basis];
    return key ? ctx.t(`documents.legalBasis.${key}`) : ctx.t('documents.legalBasis.other', { basis });
  });
}
