import type { TFunction } from 'i18next';
import { commonFraction } from '../../../../../shared/domain/workspace/council-strength';
import { formatNumber } from '../../../../../shared/i18n/format';
import type { Language } from '../../../../../shared/i18n/messages';

/** A percentage with a decimal comma in Vietnamese, and no decimals when it is whole: 75%, 66,7%. */
export function percentText(fraction: number, language: Language): string {
  const percent = fraction * 100;
  const whole = Math.abs(percent - Math.round(percent)) < 1e-9;
  return `${formatNumber(percent, language, whole ? 0 : 1)}%`;
}

/** The quorum as the rules of procedure write it: "3/4", or a percentage when it is no common fraction. */
export function fractionText(fraction: number, language: Language): string {
  const common = commonFraction(fraction);
  return common ? `${common[0]}/${common[1]}` : percentText(fraction, language);
}

/** A quorum option's label: "3/4 tổng số thành viên (75%)". */
export function quorumOptionText(fraction: number, language: Language, t: TFunction): string {
  const common = commonFraction(fraction);
  if (common && common[0] === common[1]) return t('council.fields.quorumAll');
  const percent = percentText(fraction, language);
  return common
    ? t('council.fields.quorumOption', { fraction: `${common[0]}/${common[1]}`, percent })
    : t('council.fields.quorumOther', { percent });
}

/** A number of points: 10, or 7,5 with a decimal comma in Vietnamese. */
export function pointsText(points: number, language: Language): string {
  return formatNumber(points, language, Number.isInteger(points) ? 0 : 1);
}
