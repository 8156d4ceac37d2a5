import { useTranslation } from 'react-i18next';
import { formatMean, formatNumber } from '../../../../../shared/i18n/format';
import type { CriterionShortfall } from './gate-explanation';
import type { ProductView } from './results-view';
import { gateAnchor } from './ResultsSummary';
import { useTranslate } from './use-translate';

function ShortfallLine({ shortfall }: { shortfall: CriterionShortfall }) {
  const { translate, language } = useTranslate();
  const text = translate(`sessions.results.gate.${shortfall.rule}`, {
    id: shortfall.id,
    text: shortfall.label,
    required: shortfall.required,
    level: shortfall.level,
    reached: shortfall.reached,
    scoring: shortfall.scoring,
    meanPoints: formatNumber(shortfall.meanPoints, language),
  });
  return (
    <li data-blocking={shortfall.id} title={shortfall.fullText}>
      {text}
    </li>
  );
}

/**
 * For every product the star-marker gate ranked below its band: in words, which criteria block it at which
 * level, the points each requires there, and how many members reached them under the council's rule.
 */
export function GateExplanations({ products }: { products: readonly ProductView[] }) {
  const { t } = useTranslation();
  const { language } = useTranslate();
  const lowered = products.filter((p) => p.gate !== null);
  if (lowered.length === 0) return null;
  return (
    <section className="results-section results-gates" aria-labelledby="results-gates-title">
      <h2 className="section-title" id="results-gates-title">
        {t('sessions.results.gate.title')}
      </h2>
      {lowered.map(({ product, gate }) =>
        gate ? (
          <article
            key={product.productId}
            id={gateAnchor(product.productId)}
            className="results-gate"
            tabIndex={-1}
            data-gate={product.productId}
          >
            <p className="results-gate-intro">
              {t('sessions.results.gate.intro', {
                product: product.name,
                mean: formatMean(gate.mean, language),
                band: gate.band,
                stars: gate.stars,
              })}
            </p>
            {gate.levels.map((level) => (
              <div key={level.level} className="results-gate-level">
                {gate.levels.length > 1 ? (
                  <p className="results-gate-heading">{t('sessions.results.gate.level', { level: level.level })}</p>
                ) : null}
                <ul>
                  {level.shortfalls.map((shortfall) => (
                    <ShortfallLine key={shortfall.id} shortfall={shortfall} />
                  ))}
                </ul>
              </div>
            ))}
          </article>
        ) : null,
      )}
      <p className="muted">{t('sessions.results.gate.confirm')}</p>
    </section>
  );
}
