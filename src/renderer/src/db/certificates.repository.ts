import { certificateValidUntil } from '../../../shared/domain/certificates/certificate-validity';
import type { IsoDate } from '../../../shared/domain/dates/iso-date';
import { issue } from '../../../shared/domain/issues/domain-issue';
import {
  certificateSchema,
  revocationSchema,
  type Certificate,
  type Revocation,
} from '../../../shared/domain/workspace/certificate.schema';
import { refused, validated, type RepositoryContext, type SaveResult } from './repository-context';

export type CertificateInput = Omit<
  Certificate,
  'id' | 'createdAt' | 'validUntil' | 'replaces' | 'reEvaluationAppliedOn'
>;
export type RevocationInput = Omit<Revocation, 'id' | 'createdAt' | 'certificateId'>;

/** A certificate as the registers show it: with the record that replaced it and its revocation. */
export interface CertificateEntry {
  readonly certificate: Certificate;
  readonly replacedBy: string | null;
  readonly revocation: Revocation | null;
}

/**
 * Certificates and revocations. Both have legal weight: nothing is edited in place. A correction is a new
 * certificate that replaces the old one; a revocation is a record of its own.
 */
export class CertificatesRepository {
  constructor(private readonly ctx: RepositoryContext) {}

  /** Every certificate with what replaced or revoked it; current ones are those not replaced. */
  async entries(): Promise<CertificateEntry[]> {
    const [certificates, revocations] = await Promise.all([
      this.ctx.db.certificates.toArray(),
      this.ctx.db.revocations.toArray(),
    ]);
    const replacedBy = new Map(certificates.filter((c) => c.replaces).map((c) => [c.replaces, c.id]));
    const revoked = new Map(revocations.map((r) => [r.certificateId, r]));
    return certificates
      .map((certificate) => ({
        certificate,
        replacedBy: replacedBy.get(certificate.id) ?? null,
        revocation: revoked.get(certificate.id) ?? null,
      }))
      .sort((a, b) => b.certificate.decisionDate.localeCompare(a.certificate.decisionDate));
  }

  async listByProduct(productId: string): Promise<Certificate[]> {
    const found = await this.ctx.db.certificates.where('productId').equals(productId).toArray();
    return found.sort((a, b) => b.decisionDate.localeCompare(a.decisionDate));
  }

  /** Records a recognition decision's certificate; valid until decision date + 36 months. */
  async record(input: CertificateInput, replaces: string | null = null): Promise<SaveResult<Certificate>> {
    const product = input.productId === '' ? undefined : await this.ctx.db.products.get(input.productId);
    const sameNumber = await this.ctx.db.certificates
      .filter((c) => c.certificateNumber === input.certificateNumber.trim())
      .first();
    const dated = validated(certificateSchema.shape.decisionDate, input.decisionDate);
    const result = validated(certificateSchema, {
      ...input,
      id: this.ctx.newId(),
      validUntil: dated.ok ? certificateValidUntil(dated.value) : input.decisionDate,
      reEvaluationAppliedOn: null,
      replaces,
      createdAt: this.ctx.now().toISOString(),
    });
    // Every problem at once: a missing product or a taken number beside whatever else is wrong.
    const issues = [
      ...(product ? [] : [issue('form.productMissing', ['productId'])]),
      ...(sameNumber && sameNumber.id !== replaces
        ? [issue('form.certificateNumberTaken', ['certificateNumber'], { number: input.certificateNumber })]
        : []),
      // Valid-until is derived from the decision date, which already says when it is wrong.
      ...(result.ok
        ? []
        : result.issues.filter((found) => !['productId', 'validUntil'].includes(String(found.path[0])))),
    ];
    if (issues.length > 0 || !result.ok) return refused(issues);
    await this.ctx.db.certificates.add(result.value);
    return result;
  }

  /** A corrected certificate: a new record that replaces `oldId` (which stays, marked replaced). */
  async correct(oldId: string, input: CertificateInput): Promise<SaveResult<Certificate>> {
    const old = await this.ctx.db.certificates.get(oldId);
    if (!old) return refused([issue('form.notFound', ['id'])]);
    const replacedAlready = await this.ctx.db.certificates.filter((c) => c.replaces === oldId).first();
    if (replacedAlready) return refused([issue('form.alreadyReplaced', ['id'])]);
    return this.record(input, oldId);
  }

  /** Notes the holder's application for re-evaluation (a fact about the certificate, not a correction). */
  async applyForReEvaluation(id: string, on: IsoDate): Promise<SaveResult<Certificate>> {
    const existing = await this.ctx.db.certificates.get(id);
    if (!existing) return refused([issue('form.notFound', ['id'])]);
    const result = validated(certificateSchema, { ...existing, reEvaluationAppliedOn: on });
    if (result.ok) await this.ctx.db.certificates.put(result.value);
    return result;
  }

  async revoke(certificateId: string, input: RevocationInput): Promise<SaveResult<Revocation>> {
    if (!(await this.ctx.db.certificates.get(certificateId)))
      return refused([issue('form.notFound', ['certificateId'])]);
    if (await this.ctx.db.revocations.where('certificateId').equals(certificateId).first()) {
      return refused([issue('form.alreadyRevoked', ['certificateId'])]);
    }
    const result = validated(revocationSchema, {
      ...input,
      id: this.ctx.newId(),
      certificateId,
      createdAt: this.ctx.now().toISOString(),
    });
    if (result.ok) await this.ctx.db.revocations.add(result.value);
    return result;
  }
}
