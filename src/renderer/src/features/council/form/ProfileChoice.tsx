import { useTranslation } from 'react-i18next';
import type { ProfileId } from '../../../../../shared/domain/session/session-file.schema';
import { RadioCards } from './RadioCards';

/** The profiles in the order a council meets them today: the current regulation first. */
export const PROFILE_CHOICES: readonly ProfileId[] = ['province-2026', 'province-2025', 'district-2023'];

export const RECOMMENDED_PROFILE: ProfileId = 'province-2026';

/** Which regulation the council works under, each explained in a line. */
export function ProfileChoice({ value, onChange }: { value: ProfileId; onChange: (profile: ProfileId) => void }) {
  const { t } = useTranslation();
  return (
    <RadioCards
      legend={t('council.profileChoice.legend')}
      value={value}
      onChange={onChange}
      options={PROFILE_CHOICES.map((profile) => ({
        value: profile,
        title: t(`council.profileChoice.${profile}.title`),
        line: t(`council.profileChoice.${profile}.line`),
        badge:
          profile === RECOMMENDED_PROFILE ? (
            <span className="pill good">{t('council.profileChoice.recommended')}</span>
          ) : undefined,
      }))}
    />
  );
}
