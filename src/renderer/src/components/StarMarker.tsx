import { useTranslation } from 'react-i18next';

/** The ***, ****, ***** marker of a form: the minimum an option sets for that star level. */
export function StarMarker({ stars }: { stars: number }) {
  const { t } = useTranslation();
  return (
    <span className="star-marker" title={t('rubric.marker', { stars })} aria-label={t('rubric.marker', { stars })}>
      <span className="stars" aria-hidden="true">
        {'★'.repeat(stars)}
      </span>
    </span>
  );
}
