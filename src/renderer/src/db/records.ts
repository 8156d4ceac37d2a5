import type { CouncilSession } from '../../../shared/domain/council-session/session.schema';
import type { SheetState } from '../../../shared/domain/council-session/sheet-events';
import type { Certificate, Revocation } from '../../../shared/domain/workspace/certificate.schema';
import type { Council } from '../../../shared/domain/workspace/council.schema';
import type { Dossier } from '../../../shared/domain/workspace/dossier.schema';
import type { Member } from '../../../shared/domain/workspace/member.schema';
import type { PlanTarget } from '../../../shared/domain/workspace/plan-target.schema';
import type { Producer } from '../../../shared/domain/workspace/producer.schema';
import type { Product } from '../../../shared/domain/workspace/product.schema';
import type { Round } from '../../../shared/domain/workspace/round.schema';

/** A user preference kept between runs (language, last rubric viewed…). */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/** Stored with the folded words of its name (and code, producer) for the search index. */
export type ProducerRecord = Producer & { searchWords: string[] };
export type ProductRecord = Product & { searchWords: string[] };

/** A council session (shared/domain/council-session). */
export type SessionRecord = CouncilSession;

/**
 * A sheet as its events leave it, kept for quick reading (its log stays the source of truth; both are
 * written in one transaction), in its product's record of `productSheets`.
 */
export type SheetRecord = SheetState & { id: string; sessionId: string };

/** A product's sheets, and their logs, in a session (see ProductSheets). */
export type {
  ProductLogs as ProductLogsRecord,
  ProductSheets as ProductSheetsRecord,
} from '../../../shared/archive/sheet-records';

/** One entry of a session's audit log: what happened, who did it, when. */
export interface SessionEventRecord {
  id: string;
  sessionId: string;
  seq: number;
  at: string;
  /** A member id, or 'secretary' for the laptop's operator. */
  actor: string;
  type: string;
  data: Record<string, string | number | boolean | null>;
}

export type { ResultVersion as ResultVersionRecord } from '../../../shared/domain/council-session/result-version';
export type { SheetEvent as SheetEventRecord } from '../../../shared/domain/council-session/sheet-events';

export type {
  Certificate as CertificateRecord,
  Council as CouncilRecord,
  Dossier as DossierRecord,
  Member as MemberRecord,
  PlanTarget as PlanTargetRecord,
  Revocation as RevocationRecord,
  Round as RoundRecord,
};
