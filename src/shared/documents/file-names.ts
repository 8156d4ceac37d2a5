/**
 * File names of the printed documents: Vietnamese slugs without diacritics, the same in the app (the
 * document service, the archive folder) and the command line.
 */

/**
 * A name as a file-name slug: diacritics removed (đ → d), lower case, words joined by "-", at most
 * `max` characters, never empty.
 *
 * @example slug('Lò Văn Thắng') === 'lo-van-thang'; slug('Đỗ Thị Lan') === 'do-thi-lan'
 */
export function slug(text: string, max = 60): string {
  const plain = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = plain.slice(0, max).replace(/-+$/g, '');
  return cut === '' ? 'x' : cut;
}

export const DOCUMENT_FILE_NAMES = {
  tally: 'bang-tong-hop.pdf',
  minutes: 'bien-ban-hop-hoi-dong.pdf',
  submission: 'to-trinh.pdf',
  decision: 'du-thao-quyet-dinh.pdf',
  forwarded: 'danh-sach-de-nghi-cap-tren.pdf',
  certificates: 'giay-chung-nhan.pdf',
} as const;

/**
 * One file name per member for their sheets: `phieu-cham-<slug>.pdf` (filled) or
 * `phieu-cham-trong-<slug>.pdf` (blank); members with the same name get `-2`, `-3`… in council order.
 *
 * @example memberFileNames('phieu-cham', [{ id: 'm1', name: 'Lò Văn Thắng' }]).get('m1') === 'phieu-cham-lo-van-thang.pdf'
 */
export function memberFileNames(
  prefix: 'phieu-cham' | 'phieu-cham-trong',
  members: readonly { readonly id: string; readonly name: string }[],
): Map<string, string> {
  const used = new Map<string, number>();
  const names = new Map<string, string>();
  for (const member of members) {
    const base = `${prefix}-${slug(member.name)}`;
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    names.set(member.id, `${count === 1 ? base : `${base}-${count}`}.pdf`);
  }
  return names;
}
