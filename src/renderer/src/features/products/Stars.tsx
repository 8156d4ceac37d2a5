import { useTranslation } from 'react-i18next';

/** A star rating as stars, read out as "4 sao". */
export function Stars({ count }: { count: number }) {
  const { t } = useTranslation();
  const label = t('stars', { count });
  return (
    <span className="stars-rating" role="img" aria-label={label} title={label}>
      {'★'.repeat(count)}
    </span>
  );
}
