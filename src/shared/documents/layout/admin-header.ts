import type { Content } from '../pdf-definition';
import type { IsoDate } from '../../domain/dates/iso-date';
import type { DocumentContext } from '../document-context';
import { contentWidth } from './page';
import { estimatedWidth } from './text-width';

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

/** The administrative unit that ends a name in capitals ("… OCOP HUYỆN TAM ĐƯỜNG"), the first one with no comma after it. */
const UNIT_AT_END = /^(.+?)\s+((?:HUYỆN|TỈNH|THÀNH PHỐ|THỊ XÃ|QUẬN|XÃ|PHƯỜNG)\s+[^,;()]+)$/u;

/** The share of the header's width taken by the left column (authority, issuer, number): 45%. */
const LEFT_SHARE = 0.45;
const COLUMN_GAP = 8;
const HEADER_SIZE = 12;

/**
 * A name in capitals for the header's left column: when it does not fit on one line, the unit goes on
 * a line of its own ("ỦY BAN NHÂN DÂN / HUYỆN TAM ĐƯỜNG"), as offices set it, rather than the line
 * breaking inside the place name ("… HUYỆN TAM / ĐƯỜNG").
 */
export function headerName(name: string, width: number, bold: boolean): string {
  const text = name.toLocaleUpperCase('vi');
  if (estimatedWidth(text, HEADER_SIZE, bold) <= width) return text;
  const match = UNIT_AT_END.exec(text);
  return match ? `${match[1] ?? ''}\n${match[2] ?? ''}` : text;
}

/**
 * The header of an administrative document (ND 30/2020): on the left the authority above and the issuing
 * body in bold, a short rule, the number; on the right the national name, the motto with its rule, and
 * the place and date in italics. `width`: the width between the margins (portrait A4 by default).
 */
export function adminHeader(
  ctx: DocumentContext,
  options: { issuer: string; parent?: string | null; number?: string | null; date: IsoDate | null; width?: number },
): Content {
  const leftWidth = ((options.width ?? contentWidth('portrait')) - COLUMN_GAP) * LEFT_SHARE;
  const left: Content[] = [];
  if (options.parent) {
    left.push({ text: headerName(options.parent, leftWidth, false), style: 'issuerParent', alignment: 'center' });
  }
  left.push({ text: headerName(options.issuer, leftWidth, true), style: 'issuer', alignment: 'center' }, rule(60));
  if (options.number)
    left.push({
      text: ctx.t('documents.common.number', { number: options.number }),
      style: 'number',
      alignment: 'center',
    });
  return {
    columns: [
      { width: '45%', stack: left },
      {
        width: '55%',
        stack: [
          { text: ctx.t('documents.common.nationalName'), style: 'nationalName', alignment: 'center' },
          { text: ctx.t('documents.common.motto'), style: 'motto', alignment: 'center' },
          rule(150),
          { text: placeAndDate(ctx, options.date), style: 'placeDate', alignment: 'center', margin: [0, 4, 0, 0] },
        ],
      },
    ],
    columnGap: COLUMN_GAP,
    margin: [0, 0, 0, 18],
  };
}
