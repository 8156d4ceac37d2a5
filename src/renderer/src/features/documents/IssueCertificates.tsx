import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../../shared/domain/dates/iso-date';
import { describeIssue } from '../../../../shared/i18n/describe-issue';
import { formatMean } from '../../../../shared/i18n/format';
import type { Language, Translate } from '../../../../shared/i18n/messages';
import { hrefOf } from '../../app/routes';
import { useWorkspace } from '../../app/workspace-context';
import { Notice } from '../../components/Notice';
import type { CertificatePlanItem } from './certificate-plan';

type Outcome =
  | { readonly step: 'idle' | 'working' }
  | { readonly step: 'done'; readonly issued: number; readonly refused: readonly string[] };

/**
 * "Cấp giấy chứng nhận": records in the register a certificate for each product the finalised session
 * recognises, under the decision typed above, numbered from the template's pattern; products that
 * already have one from this decision are left as they are.
 */
export function IssueCertificates({
  plan,
  decision,
  issuer,
  note,
}: {
  /** Null while the decision's number and date are not filled in. */
  plan: readonly CertificatePlanItem[] | null;
  decision: { readonly number: string; readonly date: IsoDate } | null;
  issuer: string;
  note: string;
}) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const { repositories, changed } = useWorkspace();
  const [outcome, setOutcome] = useState<Outcome>({ step: 'idle' });
  const toIssue = plan?.filter((item) => item.existing === null) ?? [];
  const translate: Translate = (key, params) => t(key as never, params ?? {});

  const issue = async () => {
    if (!decision || toIssue.length === 0) return;
    setOutcome({ step: 'working' });
    const refused: string[] = [];
    let issued = 0;
    for (const item of toIssue) {
      const saved = await repositories.certificates.record({
        productId: item.productId,
        stars: item.stars,
        score: item.score,
        decisionNumber: decision.number,
        decisionDate: decision.date,
        issuer,
        certificateNumber: item.number,
        note,
      });
      if (saved.ok) issued += 1;
      else {
        const detail = saved.issues.map((found) => describeIssue(found, translate)).join('; ');
        refused.push(t('documentsUi.certificates.refused', { product: item.name, detail }));
      }
    }
    setOutcome({ step: 'done', issued, refused });
    changed();
  };

  return (
    <section className="card documents-certificates" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('documentsUi.certificates.title')}</h2>
      <p className="muted">{t('documentsUi.certificates.intro')}</p>
      <p className="muted">{t('documentsUi.certificates.issuer', { issuer })}</p>
      {plan === null ? (
        <p className="field-hint">{t('documentsUi.certificates.needsDecision')}</p>
      ) : plan.length === 0 ? (
        <p>{t('documentsUi.certificates.none')}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">{t('documentsUi.certificates.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('documentsUi.certificates.product')}</th>
                  <th scope="col">{t('documentsUi.certificates.stars')}</th>
                  <th scope="col" className="number">
                    {t('documentsUi.certificates.score')}
                  </th>
                  <th scope="col">{t('documentsUi.certificates.number')}</th>
                  <th scope="col">{t('documentsUi.certificates.status')}</th>
                </tr>
              </thead>
              <tbody>
                {plan.map((item) => (
                  <tr key={item.productId}>
                    <th scope="row">{item.name}</th>
                    <td className="nowrap">{t('documentsUi.certificates.starsValue', { count: item.stars })}</td>
                    <td className="number">
                      {item.score === null ? '—' : formatMean(item.score, i18n.language as Language)}
                    </td>
                    <td className="nowrap">{item.number}</td>
                    <td>
                      <span className={`pill ${item.existing ? 'good' : 'warn'}`}>
                        {item.existing ? t('documentsUi.certificates.issued') : t('documentsUi.certificates.toIssue')}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="form-actions">
            <a className="button secondary" href={hrefOf('products', 'certificates')}>
              {t('documentsUi.certificates.openRegister')}
            </a>
            {toIssue.length > 0 ? (
              <button
                type="button"
                className="button"
                disabled={outcome.step === 'working'}
                onClick={() => void issue()}
              >
                {outcome.step === 'working'
                  ? t('documentsUi.certificates.working')
                  : t('documentsUi.certificates.button', { count: toIssue.length })}
              </button>
            ) : null}
          </div>
        </>
      )}
      {plan !== null && plan.length > 0 && toIssue.length === 0 ? (
        <p className="muted">{t('documentsUi.certificates.nothingNew')}</p>
      ) : null}
      {outcome.step === 'done' ? (
        outcome.refused.length > 0 ? (
          <Notice tone="error" title={t('documentsUi.certificates.done', { count: outcome.issued })}>
            <ul>
              {outcome.refused.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </Notice>
        ) : (
          <Notice tone="success" title={t('documentsUi.certificates.done', { count: outcome.issued })} />
        )
      ) : null}
    </section>
  );
}
