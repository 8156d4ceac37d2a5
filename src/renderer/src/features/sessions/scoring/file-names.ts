import { foldForSearch } from '../../../../../shared/domain/text/search-words';

/** A name as a file name part: folded to ASCII words joined by hyphens, at most 60 characters. */
function slug(text: string, fallback: string): string {
  const folded = foldForSearch(text).split(' ').filter(Boolean).join('-').slice(0, 60).replace(/-+$/, '');
  return folded === '' ? fallback : folded;
}

/**
 * The file a member kit is saved as: the member, then the session.
 *
 * @example memberKitFileName('Lò Thị Hoa', 'Phiên chấm đợt 1') === 'lo-thi-hoa-phien-cham-dot-1.member-kit.json'
 */
export function memberKitFileName(memberName: string, sessionTitle: string): string {
  return `${slug(memberName, 'thanh-vien')}-${slug(sessionTitle, 'phien-cham')}.member-kit.json`;
}

/**
 * The file a member's sealed sheets are saved as on their own laptop.
 *
 * @example sheetPacketFileName('Lò Thị Hoa') === 'lo-thi-hoa.sheet-packet.json'
 */
export function sheetPacketFileName(memberName: string): string {
  return `${slug(memberName, 'thanh-vien')}.sheet-packet.json`;
}
