import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileId } from '../../../../shared/domain/session/session-file.schema';
import { hrefOf } from '../../app/routes';
import { useWorkspace } from '../../app/workspace-context';
import { Icon } from '../../components/Icon';
import { Notice } from '../../components/Notice';
import { PROFILE_CHOICES, RECOMMENDED_PROFILE } from '../council';
import { SetupWizard } from './SetupWizard';
import './welcome.css';

/** First start: set up a council (guided, for a province or a district), or open the demo workspace. */
export function WelcomeScreen() {
  const { t } = useTranslation();
  const { open } = useWorkspace();
  const [setup, setSetup] = useState<ProfileId | null>(null);
  const [opening, setOpening] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  if (setup) return <SetupWizard initialProfile={setup} onLeave={() => setSetup(null)} />;

  const openDemo = async () => {
    setOpening(true);
    setFailure(null);
    try {
      await open('demo');
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      setOpening(false);
    }
  };

  return (
    <div className="welcome">
      <h1 className="page-title">{t('welcome.title')}</h1>
      <p className="page-intro">{t('welcome.intro')}</p>
      {failure ? <Notice tone="error" title={t('welcome.demo.failed', { detail: failure })} /> : null}
      <div className="welcome-grid">
        <section className="card welcome-card" aria-labelledby="welcome-setup">
          <h2 id="welcome-setup">{t('welcome.setUp.heading')}</h2>
          <p className="muted">{t('welcome.setUp.lead')}</p>
          <ul className="welcome-choices">
            {PROFILE_CHOICES.map((profile) => (
              <li key={profile}>
                <button type="button" className="welcome-choice" onClick={() => setSetup(profile)}>
                  <span className="welcome-choice-title">
                    {t(`council.profileChoice.${profile}.title`)}
                    {profile === RECOMMENDED_PROFILE ? (
                      <span className="pill good">{t('council.profileChoice.recommended')}</span>
                    ) : null}
                  </span>
                  <span className="welcome-choice-line">{t(`council.profileChoice.${profile}.line`)}</span>
                  <span className="welcome-choice-action" aria-hidden="true">
                    {t('welcome.setUp.start')} →
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section className="card welcome-card welcome-demo" aria-labelledby="welcome-demo">
          <h2 id="welcome-demo">{t('welcome.demo.heading')}</h2>
          <p>{t('welcome.demo.body')}</p>
          <button type="button" className="button" disabled={opening} onClick={() => void openDemo()}>
            {opening ? t('welcome.demo.opening') : t('welcome.demo.open')}
          </button>
        </section>
      </div>
      <p className="welcome-rubric">
        <Icon name="rubric" /> {t('welcome.rubric.lead')} <a href={hrefOf('rubric')}>{t('welcome.rubric.link')}</a>
      </p>
      <p className="welcome-rubric">
        <Icon name="archive" /> {t('archiveUi.welcomeRestore')}{' '}
        <a href={hrefOf('archive')}>{t('archiveUi.welcomeRestoreLink')}</a>
      </p>
    </div>
  );
}
