import type { PackIdentity } from './convert-catalogue';

/** The two packs shipped with the app: source catalogue → pack file under resources/rubric-packs. */
export const BUNDLED_PACKS: readonly { source: string; file: string; identity: PackIdentity }[] = [
  {
    source: 'data/rubric-sources/criteria-26-2026.json',
    file: 'resources/rubric-packs/26-2026.json',
    identity: {
      id: '26/2026',
      legalBasis: { document: 'Quyết định số 26/2026/QĐ-TTg, Phụ lục II', date: '2026-05-22', amendedBy: [] },
      effectiveFrom: '2026-05-22',
      effectiveTo: null,
    },
  },
  {
    source: 'data/rubric-sources/criteria-148-2023.json',
    file: 'resources/rubric-packs/148-2023.json',
    identity: {
      id: '148/2023',
      legalBasis: {
        document: 'Quyết định số 148/QĐ-TTg, Phụ lục',
        date: '2023-02-24',
        amendedBy: ['Quyết định số 1489/QĐ-TTg ngày 06/07/2025'],
      },
      effectiveFrom: '2023-02-24',
      // 148 and 1489 lapse 60 days after QĐ 26/2026 (22/05/2026).
      effectiveTo: '2026-07-21',
    },
  },
];
