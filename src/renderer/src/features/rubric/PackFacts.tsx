import { useTranslation } from 'react-i18next';
import { PROCESS_PROFILES } from '../../../../shared/domain/profiles/process-profiles';
import type { Language } from '../../../../shared/i18n/messages';
import { formatDate } from '../../../../shared/i18n/format';
import type { RubricSetView } from '../../../../shared/ipc/contract';

/** The pack's legal basis, dates in force, and the completed sets imported into it. */
export function PackFacts({ pack }: { pack: RubricSetView['pack'] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const effective = pack.effectiveTo
    ? t('rubric.effectiveRange', {
        from: formatDate(pack.effectiveFrom, language),
        to: formatDate(pack.effectiveTo, language),
      })
    : t('rubric.effectiveFrom', { from: formatDate(pack.effectiveFrom, language) });
  const defaultFor = Object.values(PROCESS_PROFILES).filter((profile) => profile.defaultPack === pack.id);
  return (
    <section className="card" aria-label={t('rubric.legalBasis')}>
      <dl className="pack-facts">
        <dt>{t('rubric.legalBasis')}</dt>
        <dd>
          {pack.legalBasis.document} ({formatDate(pack.legalBasis.date, language)})
        </dd>
        {pack.legalBasis.amendedBy.length > 0 ? (
          <>
            <dt>{t('rubric.amendedBy')}</dt>
            <dd>{pack.legalBasis.amendedBy.join('; ')}</dd>
          </>
        ) : null}
        <dt>{t('rubric.effective')}</dt>
        <dd>{effective}</dd>
        {defaultFor.length > 0 ? (
          <>
            <dt>{t('rubric.defaultFor')}</dt>
            <dd>{defaultFor.map((profile) => t(`profile.${profile.id}`)).join('; ')}</dd>
          </>
        ) : null}
        {pack.amendments.length > 0 ? (
          <>
            <dt>{t('rubric.amendments')}</dt>
            <dd>
              {pack.amendments.map((amendment) => (
                <div key={`${amendment.set}-${amendment.importedAt}`}>
                  {t('rubric.amendment', {
                    set: amendment.set,
                    note: amendment.note,
                    date: formatDate(amendment.importedAt.slice(0, 10), language),
                  })}
                </div>
              ))}
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
