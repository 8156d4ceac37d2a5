import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/i18n/format';
import { useWorkspace } from '../../app/workspace-context';
import { useLanguage, type CouncilDraft } from '../council';
import { setupRounds } from './save-setup';

/** What the setup will create besides the council: the members' start date and the year's default rounds. */
export function SetupRoundsNote({ draft }: { draft: CouncilDraft }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { today } = useWorkspace();
  const { year, deadlines } = setupRounds(draft, today);
  const list = deadlines
    .map((d) =>
      d.dossiersBy
        ? t('welcome.setup.roundItemWithDossiers', {
            number: d.round,
            date: formatDate(d.scoreBefore, language),
            dossiersBy: formatDate(d.dossiersBy, language),
          })
        : t('welcome.setup.roundItem', { number: d.round, date: formatDate(d.scoreBefore, language) }),
    )
    .join('; ');
  return (
    <div className="setup-notes">
      <p>{t('welcome.setup.membersFrom', { date: formatDate(draft.decisionDate, language) })}</p>
      <p>{deadlines.length > 0 ? t('welcome.setup.rounds', { year, list }) : t('welcome.setup.noRounds')}</p>
      {deadlines.some((d) => d.scoreBefore < today) ? <p>{t('welcome.setup.pastRounds')}</p> : null}
    </div>
  );
}
