import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../app/routes';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';

type Area = 'council' | 'products' | 'sessions' | 'documents' | 'archive';

/** An area with nothing in it yet: what it will hold and where to go meanwhile. */
export function SectionPlaceholder({ area }: { area: Area }) {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="page-title">{t(`section.${area}.title`)}</h1>
      <EmptyState icon={<Icon name={area} size={48} />} title={t(`section.${area}.empty`)}>
        <p>{t(`section.${area}.next`)}</p>
        <a className="button" href={hrefOf('rubric')}>
          {t('section.goToRubric')}
        </a>
      </EmptyState>
    </>
  );
}
