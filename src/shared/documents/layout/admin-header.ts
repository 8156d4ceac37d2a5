import type { Content } from '../pdf-definition';
import type { IsoDate } from '../../domain/dates/iso-date';
import type { DocumentContext } from '../document-context';

/** "Tam Đường, ngày 15 tháng 5 năm 2025" (day and month without leading zeros below 10 only for the month). */
export function placeAndDate(ctx: DocumentContext, date: IsoDate | null): string {
  if (date === null) return ctx.t('documents.common.placeDateBlank', { place: ctx.council.placeName });
  const [year, month, day] = date.split('-');
  return ctx.t('documents.common.placeDate', {
    place: ctx.council.placeName,
    day: day ?? '',
    month: String(Number(month)).padStart(Number(month) < 3 ? 2 : 1, '0'),
    year: year ?? '',
  });
}

/** A short rule under a header line (the line under the issuer and under the motto). */
function rule(width: number): Content {
  return {
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.6 }],
    alignment: 'center',
    margin: [0, 1, 0, 4],
  };
}

/**
 * The header of an administrative document (ND 30/2020): on the left the authority above and the issuing
 * body in bold, a short rule, the number; on the right the national name, the motto with its rule, and
 * the place and date in italics.
 */
export function adminHeader(
  ctx: DocumentContext,
  options: { issuer: string; parent?: string | null; number?: string | null; date: IsoDate | null },
): Content {
  const left: Content[] = [];
  if (options.parent) left.push({ text: options.parent.toUpperCase(), style: 'issuerParent', alignment: 'center' });
  left.push({ text: options.issuer.toUpperCase(), style: 'issuer', alignment: 'center' }, rule(60));
  if (options.number)
    left.push({
      text: ctx.t('documents.common.number', { number: options.number }),
      style: 'number',
      alignment: 'center',
    });
  return {
    columns: [
      { width: '42%', stack: left },
      {
        width: '58%',
        stack: [
          { text: ctx.t('documents.common.nationalName'), style: 'nationalName', alignment: 'center' },
          { text: ctx.t('documents.common.motto'), style: 'motto', alignment: 'center' },
          rule(150),
          { text: placeAndDate(ctx, options.date), style: 'placeDate', alignment: 'center', margin: [0, 4, 0, 0] },
        ],
      },
    ],
    columnGap: 8,
    margin: [0, 0, 0, 18],
  };
}
