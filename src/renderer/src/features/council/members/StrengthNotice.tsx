import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../../../shared/domain/dates/iso-date';
import type { Council } from '../../../../../shared/domain/workspace/council.schema';
import { councilStrength } from '../../../../../shared/domain/workspace/council-strength';
import type { Member } from '../../../../../shared/domain/workspace/member.schema';
import { Notice } from '../../../components/Notice';
import { fractionText } from '../form/quorum-text';
import { useLanguage } from '../useLanguage';

/** How many serve today and whether the council can meet: the quorum it needs, and its chair. */
export function StrengthNotice({
  council,
  members,
  today,
}: {
  council: Council;
  members: readonly Member[];
  today: IsoDate;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const strength = councilStrength(members, council.rules, today);
  const noChair = council.rules.chairRequired && strength.chairs === 0;
  return (
    <Notice
      tone={strength.canMeet && strength.chairs <= 1 ? 'success' : 'warning'}
      title={t('council.members.strength.title', { active: strength.active, scoring: strength.scoring })}
    >
      <p>
        {t('council.members.strength.quorum', {
          needed: strength.needed,
          fraction: fractionText(council.rules.quorumFraction, language),
        })}
        {council.rules.chairRequired && !noChair ? ` ${t('council.members.strength.chairRequired')}` : ''}
      </p>
      {noChair ? <p>{t('council.members.strength.noChair')}</p> : null}
      {strength.chairs > 1 ? <p>{t('council.members.strength.manyChairs', { count: strength.chairs })}</p> : null}
    </Notice>
  );
}
