import { useTranslation } from 'react-i18next';
import type { DossierStatus } from '../../../../shared/domain/workspace/dossier.schema';
import { registerTone, type RegisterStatus } from './certificate-register';

const DOSSIER_TONE: Readonly<Record<DossierStatus, string>> = {
  received: 'neutral',
  returned: 'warn',
  resubmitted: 'info',
  complete: 'good',
  disqualified: 'bad',
  evaluated: 'info',
};

/** A dossier's status as a coloured pill: amber when returned, green when complete, red when excluded. */
export function DossierStatusPill({ status }: { status: DossierStatus }) {
  const { t } = useTranslation();
  return <span className={`pill ${DOSSIER_TONE[status]}`}>{t(`products.dossierStatus.${status}`)}</span>;
}

/** A certificate's status in the register as a coloured pill. */
export function CertificateStatusPill({ status }: { status: RegisterStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`pill ${registerTone(status)}`}>
      {status === 'replaced' ? t('products.replacedStatus') : t(`certificateStatus.${status}`)}
    </span>
  );
}
