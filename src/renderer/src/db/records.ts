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

/** A scoring session of a round (filled by the session flow). */
export interface SessionRecord {
  id: string;
  roundId: string | null;
  status: string;
  createdAt: string;
  data: unknown;
}

/** A member's sheet for a product in a session round (filled by the session flow). */
export interface SheetRecord {
  id: string;
  sessionId: string;
  memberId: string;
  productId: string;
  round: number;
  choices: Record<string, unknown>;
  sealedAt: string | null;
  seal: string | null;
}

export type {
  Certificate as CertificateRecord,
  Council as CouncilRecord,
  Dossier as DossierRecord,
  Member as MemberRecord,
  PlanTarget as PlanTargetRecord,
  Revocation as RevocationRecord,
  Round as RoundRecord,
};
