import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Council } from '../../../../../shared/domain/workspace/council.schema';
import { SIGNER_ROLES } from '../../../../../shared/domain/workspace/council-setup';
import { formatDate } from '../../../../../shared/i18n/format';
import { Notice } from '../../../components/Notice';
import { pointsText, quorumOptionText } from '../form/quorum-text';
import { useLanguage } from '../useLanguage';
import { CouncilInfoForm } from './CouncilInfoForm';

/** The council's settings as its documents will print them; "Sửa thông tin" opens the form. */
export function CouncilInfoTab({ council }: { council: Council }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  if (editing) {
    return (
      <CouncilInfoForm
        council={council}
        onDone={(didSave) => {
          setEditing(false);
          setSaved(didSave);
        }}
      />
    );
  }
  const { rules } = council;
  const markerRule = `council.markerRule.${rules.markerRule}` as const;
  return (
    <>
      <div className="list-toolbar">
        {saved ? <Notice tone="success" title={t('council.info.saved')} /> : null}
        <span className="toolbar-spacer" />
        <button
          type="button"
          className="button"
          onClick={() => {
            setSaved(false);
            setEditing(true);
          }}
        >
          {t('council.info.edit')}
        </button>
      </div>
      <div className="council-cards">
        <section className="card" aria-labelledby="council-identity">
          <h2 id="council-identity">{t('council.fields.identity')}</h2>
          <dl className="council-facts">
            <dt>{t('council.fields.profile')}</dt>
            <dd>{t(`profile.${council.profile}`)}</dd>
            <dt>{t('council.fields.unitName')}</dt>
            <dd>{council.unitName}</dd>
            <dt>{t('council.fields.councilName')}</dt>
            <dd>{council.councilName}</dd>
            <dt>{t('council.fields.authority')}</dt>
            <dd>{council.authority}</dd>
            <dt>{t('council.fields.decision')}</dt>
            <dd>
              {t('council.info.decisionValue', {
                number: council.establishingDecision.number,
                date: formatDate(council.establishingDecision.date, language),
              })}
            </dd>
            <dt>{t('council.fields.placeName')}</dt>
            <dd>{council.placeName}</dd>
            <dt>{t('council.fields.helperGroupName')}</dt>
            <dd>{council.helperGroupName}</dd>
            {council.notes ? (
              <>
                <dt>{t('council.fields.notes')}</dt>
                <dd>{council.notes}</dd>
              </>
            ) : null}
          </dl>
        </section>
        <div>
          <section className="card" aria-labelledby="council-rules">
            <h2 id="council-rules">{t('council.fields.rules')}</h2>
            <dl className="council-facts">
              <dt>{t('council.fields.quorum')}</dt>
              <dd>
                {quorumOptionText(rules.quorumFraction, language, t)};{' '}
                {t(rules.chairRequired ? 'council.info.chairYes' : 'council.info.chairNo')}
              </dd>
              <dt>{t('council.fields.spreadThreshold')}</dt>
              <dd>{t('council.info.spreadValue', { points: pointsText(rules.spreadThreshold, language) })}</dd>
              <dt>{t('council.fields.markerRule')}</dt>
              <dd>
                <strong>{t(`${markerRule}.title`)}</strong>
                <span className="council-sub">{t(`${markerRule}.explain`)}</span>
              </dd>
            </dl>
          </section>
          <section className="card" aria-labelledby="council-signers">
            <h2 id="council-signers">{t('council.fields.signers')}</h2>
            <dl className="council-facts">
              {SIGNER_ROLES.map((role) => {
                const signer = council.signers.find((s) => s.role === role);
                return (
                  <div key={role} className="council-facts-row">
                    <dt>{t(`council.signerRole.${role}`)}</dt>
                    <dd>
                      {signer ? (
                        <>
                          <span className="signer-title">{signer.title}</span>
                          <span>{signer.name}</span>
                        </>
                      ) : (
                        <span className="muted">{t('council.info.noSigner')}</span>
                      )}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </section>
        </div>
      </div>
    </>
  );
}
