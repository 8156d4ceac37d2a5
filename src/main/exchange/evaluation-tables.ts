import { certificateStatus } from '../../shared/domain/certificates/certificate-validity';
import type { ExportData } from '../../shared/domain/exchange/export-data';
import type { Certificate, Revocation } from '../../shared/domain/workspace/certificate.schema';
import { dossierStatus } from '../../shared/domain/workspace/dossier.schema';
import type { Producer } from '../../shared/domain/workspace/producer.schema';
import type { Product } from '../../shared/domain/workspace/product.schema';
import type { Round } from '../../shared/domain/workspace/round.schema';
import { formatDate } from '../../shared/i18n/format';
import type { Translate } from '../../shared/i18n/messages';
import type { TableSpec } from './export-table';
import { yesNo } from './register-tables';

/** The product, its code and its producer's name, looked up by product id. */
function productLookup(data: ExportData): (productId: string) => [string, string, string] {
  const products = new Map<string, Product>(data.products.map((p) => [p.id, p]));
  const producers = new Map<string, Producer>(data.producers.map((p) => [p.id, p]));
  return (productId) => {
    const product = products.get(productId);
    return [product?.name ?? '', product?.code ?? '', producers.get(product?.producerId ?? '')?.name ?? ''];
  };
}

export function dossiersTable(t: Translate, data: ExportData): TableSpec {
  const d = (key: string, params?: Record<string, string | number>) => t(`exchange.file.dossiers.${key}`, params);
  const v = (key: string) => t(`exchange.file.value.${key}`);
  const product = productLookup(data);
  const sets = new Map(data.products.map((p) => [p.id, p.productSet]));
  const rounds = new Map<string, Round>(data.rounds.map((r) => [r.id, r]));
  const dossiers = [...data.dossiers].sort((a, b) => b.year - a.year || a.receivedOn.localeCompare(b.receivedOn));
  return {
    name: t('exchange.register.dossiers'),
    columns: [
      { header: d('product'), width: 32 },
      { header: d('code'), width: 20 },
      { header: d('producer'), width: 32 },
      { header: d('productSet'), width: 10, kind: 'number' },
      { header: d('year'), width: 8, kind: 'number' },
      { header: d('attempt'), width: 14 },
      { header: d('receivedOn'), width: 12, kind: 'date' },
      { header: d('round'), width: 12 },
      { header: d('mau01'), width: 9 },
      { header: d('mau02'), width: 9 },
      { header: d('mau03'), width: 9 },
      { header: d('evidence'), width: 12, kind: 'number' },
      { header: d('samples'), width: 14 },
      { header: d('status'), width: 20 },
      { header: d('precheck'), width: 20 },
      { header: d('precheckOn'), width: 13, kind: 'date' },
      { header: d('precheckNotes'), width: 40, kind: 'long-text' },
      { header: d('mean'), width: 12, kind: 'number', format: '0.00' },
      { header: d('stars'), width: 9, kind: 'number' },
      { header: d('evaluatedOn'), width: 13, kind: 'date' },
    ],
    rows: dossiers.map((dossier) => {
      const round = dossier.roundId ? rounds.get(dossier.roundId) : undefined;
      return [
        ...product(dossier.productId),
        sets.get(dossier.productId) ?? null,
        dossier.year,
        v(`attempt.${dossier.attempt}`),
        dossier.receivedOn,
        round ? d('roundOf', { number: round.number, year: round.year }) : '',
        yesNo(t, dossier.forms.mau01),
        yesNo(t, dossier.forms.mau02),
        yesNo(t, dossier.forms.mau03),
        dossier.evidence.length,
        d('samplesOf', { received: dossier.samples.received, required: dossier.samples.required }),
        v(`dossierStatus.${dossierStatus(dossier)}`),
        v(`precheck.${dossier.precheck.outcome}`),
        dossier.precheck.on,
        dossier.precheck.notes,
        dossier.evaluation?.mean ?? null,
        dossier.evaluation?.stars ?? null,
        dossier.evaluation?.on ?? null,
      ];
    }),
  };
}

/**
 * Certificates with their status on the export day (valid, in the re-evaluation window, expired, in grace,
 * revoked), what they replace or were replaced by, and their revocation.
 */
export function certificatesTable(t: Translate, data: ExportData): TableSpec {
  const c = (key: string, params?: Record<string, string | number>) => t(`exchange.file.certificates.${key}`, params);
  const product = productLookup(data);
  const byId = new Map<string, Certificate>(data.certificates.map((cert) => [cert.id, cert]));
  const replacedBy = new Map(data.certificates.filter((x) => x.replaces).map((x) => [x.replaces, x]));
  const revoked = new Map<string, Revocation>(data.revocations.map((r) => [r.certificateId, r]));
  const profile = data.council?.profile ?? 'province-2026';
  const certificates = [...data.certificates].sort((a, b) => a.decisionDate.localeCompare(b.decisionDate));
  return {
    name: t('exchange.register.certificates'),
    columns: [
      { header: c('product'), width: 32 },
      { header: c('code'), width: 20 },
      { header: c('producer'), width: 32 },
      { header: c('stars'), width: 9, kind: 'number' },
      { header: c('score'), width: 9, kind: 'number', format: '0.00' },
      { header: c('decisionNumber'), width: 18 },
      { header: c('decisionDate'), width: 14, kind: 'date' },
      { header: c('issuer'), width: 28 },
      { header: c('certificateNumber'), width: 18 },
      { header: c('validUntil'), width: 13, kind: 'date' },
      { header: c('status', { date: formatDate(data.today, 'vi') }), width: 30 },
      { header: c('replaces'), width: 18 },
      { header: c('replacedBy'), width: 18 },
      { header: c('revoked'), width: 26 },
      { header: c('reEvaluationAppliedOn'), width: 16, kind: 'date' },
      { header: c('note'), width: 32, kind: 'long-text' },
    ],
    rows: certificates.map((cert) => {
      const revocation = revoked.get(cert.id);
      const status = certificateStatus(
        {
          validUntil: cert.validUntil,
          revokedOn: revocation?.date ?? null,
          reEvaluationAppliedOn: cert.reEvaluationAppliedOn,
        },
        data.today,
        profile,
      );
      return [
        ...product(cert.productId),
        cert.stars,
        cert.score,
        cert.decisionNumber,
        cert.decisionDate,
        cert.issuer,
        cert.certificateNumber,
        cert.validUntil,
        t(`certificateStatus.${status}`),
        cert.replaces ? (byId.get(cert.replaces)?.certificateNumber ?? '') : '',
        replacedBy.get(cert.id)?.certificateNumber ?? '',
        revocation ? `${revocation.decisionNumber} (${formatDate(revocation.date, 'vi')})` : '',
        cert.reEvaluationAppliedOn,
        cert.note,
      ];
    }),
  };
}

export function revocationsTable(t: Translate, data: ExportData): TableSpec {
  const r = (key: string) => t(`exchange.file.revocations.${key}`);
  const product = productLookup(data);
  const certificates = new Map<string, Certificate>(data.certificates.map((cert) => [cert.id, cert]));
  return {
    name: t('exchange.register.revocations'),
    columns: [
      { header: r('certificateNumber'), width: 18 },
      { header: r('product'), width: 32 },
      { header: r('ground'), width: 48, kind: 'long-text' },
      { header: r('decisionNumber'), width: 18 },
      { header: r('date'), width: 13, kind: 'date' },
      { header: r('note'), width: 32, kind: 'long-text' },
    ],
    rows: [...data.revocations]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((revocation) => {
        const cert = certificates.get(revocation.certificateId);
        return [
          cert?.certificateNumber ?? '',
          cert ? product(cert.productId)[0] : '',
          t(`exchange.file.value.ground.${revocation.ground}`),
          revocation.decisionNumber,
          revocation.date,
          revocation.note,
        ];
      }),
  };
}
