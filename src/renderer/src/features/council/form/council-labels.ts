import { useTranslation } from 'react-i18next';
import { SIGNER_ROLES } from '../../../../../shared/domain/workspace/council-setup';
import { signerPath } from './council-draft';

/** The council form's field labels by issue path, for the summary above the form. */
export function useCouncilLabels(): Readonly<Record<string, string>> {
  const { t } = useTranslation();
  const labels: Record<string, string> = {
    profile: t('council.fields.profile'),
    unitName: t('council.fields.unitName'),
    councilName: t('council.fields.councilName'),
    authority: t('council.fields.authority'),
    'establishingDecision.number': `${t('council.fields.decision')}: ${t('council.fields.decisionNumber')}`,
    'establishingDecision.date': `${t('council.fields.decision')}: ${t('council.fields.decisionDate')}`,
    placeName: t('council.fields.placeName'),
    helperGroupName: t('council.fields.helperGroupName'),
    'rules.quorumFraction': t('council.fields.quorum'),
    'rules.spreadThreshold': t('council.fields.spreadThreshold'),
    'rules.markerRule': t('council.fields.markerRule'),
    notes: t('council.fields.notes'),
  };
  for (const role of SIGNER_ROLES) {
    labels[signerPath(role, 'title')] = `${t(`council.signerRole.${role}`)}: ${t('council.fields.signerTitle')}`;
    labels[signerPath(role, 'name')] = `${t(`council.signerRole.${role}`)}: ${t('council.fields.signerName')}`;
  }
  return labels;
}
