import type { IsoDate } from '../../domain/dates/iso-date';
import type { MemberRole } from '../../domain/session/session-file.schema';
import type { DocumentContext } from '../document-context';

/** Upper case as Vietnamese headings write it ("Ủy ban nhân dân" → "ỦY BAN NHÂN DÂN"). */
export function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/** A text cut at a word before `max` characters with an ellipsis, for a line that must stay one line. */
export function shortened(text: string, max: number): string {
  const clean = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/u, '')}…`;
}

/** A run of dots to fill in by hand. */
export function blank(length = 30): string {
  return '.'.repeat(length);
}

/** "Lò Văn Thắng (Chủ tịch)". */
export function memberWithRole(ctx: DocumentContext, member: { name: string; role: MemberRole }): string {
  return ctx.t('documents.common.memberWithRole', { name: member.name, role: ctx.t(`role.${member.role}`) });
}

/** "ngày 15 tháng 5 năm 2025" (or its blanks) as the body of a document says a date. */
export function dateInWords(ctx: DocumentContext, date: IsoDate | null): string {
  if (date === null) return ctx.t('documents.common.dateInWordsBlank');
  const [year = '', month = '', day = ''] = date.split('-');
  return ctx.t('documents.common.dateInWords', { day, month: String(Number(month)), year });
}

/** The year of a date, or of the document's date when null. */
export function yearOf(ctx: DocumentContext, date: IsoDate | null): number {
  return Number((date ?? ctx.date).slice(0, 4));
}

/** The star count in words ("4 sao") or a dash. */
export function starsText(ctx: DocumentContext, stars: number | null): string {
  return stars === null ? '–' : ctx.t('stars', { count: stars });
}
