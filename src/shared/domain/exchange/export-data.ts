import type { IsoDate } from '../dates/iso-date';
import type { Certificate, Revocation } from '../workspace/certificate.schema';
import type { Council } from '../workspace/council.schema';
import type { Dossier } from '../workspace/dossier.schema';
import type { Member } from '../workspace/member.schema';
import type { PlanTarget } from '../workspace/plan-target.schema';
import type { Producer } from '../workspace/producer.schema';
import type { Product } from '../workspace/product.schema';
import type { Round } from '../workspace/round.schema';

/**
 * Every register of a workspace, as the renderer reads it for an export to Excel. `today` fixes the
 * certificate statuses the export writes (the domain never reads the clock).
 */
export interface ExportData {
  today: IsoDate;
  council: Council | null;
  members: Member[];
  producers: Producer[];
  products: Product[];
  dossiers: Dossier[];
  rounds: Round[];
  certificates: Certificate[];
  revocations: Revocation[];
  planTargets: PlanTarget[];
}

/** The registers of an export, in the order of its sheets. */
export const EXPORT_REGISTERS = [
  'council',
  'members',
  'producers',
  'products',
  'dossiers',
  'rounds',
  'certificates',
  'revocations',
  'planTargets',
] as const;

export type ExportRegister = (typeof EXPORT_REGISTERS)[number];

/**
 * How many records each register holds (the council counts 1 once it is set up).
 *
 * @example exportCounts(data).products === data.products.length
 */
export function exportCounts(data: ExportData): Readonly<Record<ExportRegister, number>> {
  return {
    council: data.council ? 1 : 0,
    members: data.members.length,
    producers: data.producers.length,
    products: data.products.length,
    dossiers: data.dossiers.length,
    rounds: data.rounds.length,
    certificates: data.certificates.length,
    revocations: data.revocations.length,
    planTargets: data.planTargets.length,
  };
}

/** The export's file name. @example exportFileName('2026-03-01') === 'so-lieu-OCOP-2026-03-01.xlsx' */
export function exportFileName(today: IsoDate): string {
  return `so-lieu-OCOP-${today}.xlsx`;
}

/** The media type of an .xlsx file. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The template's file name. */
export const TEMPLATE_FILE_NAME = 'mau-nhap-chu-the-san-pham-OCOP.xlsx';
