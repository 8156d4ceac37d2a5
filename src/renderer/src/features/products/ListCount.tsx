import { useTranslation } from 'react-i18next';

/** How many records the list shows, and of how many when a search or filter narrows it. */
export function ListCount({ shown, total }: { shown: number; total: number }) {
  const { t } = useTranslation();
  return (
    <span className="list-count" role="status">
      {shown === total ? t('common.count', { count: total }) : t('common.countOf', { shown, total })}
    </span>
  );
}
