import type { Signer } from '../domain/workspace/council.schema';
import type { Translate } from '../i18n/messages';
import { DEFAULT_DOCUMENT_NUMBERS, type DocumentCouncil } from './document-context';
import type { DocumentMember } from './document-data';

/** The administrative unit at the end of a council's name: "… OCOP huyện Tam Đường" → "huyện Tam Đường". */
const UNIT = /\b((?:huyện|tỉnh|thành phố|thị xã|quận|xã|phường)\s+[^,;()]+?)\s*$/iu;

/**
 * The council as documents print it when only a session@1 file is at hand (the command line): the unit
 * is read from the end of the council's name ("Hội đồng … OCOP huyện Tam Đường": authority "Ủy ban nhân
 * dân huyện Tam Đường", place "Tam Đường"), the signers are the session's chair and secretary, the number
 * patterns the defaults. `overrides` (command-line options) win.
 *
 * @example documentCouncilFromFile(t, 'Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Lai Châu', members)
 *   → { authority: 'Ủy ban nhân dân tỉnh Lai Châu', placeName: 'Lai Châu', … }
 */
export function documentCouncilFromFile(
  t: Translate,
  councilName: string,
  members: readonly DocumentMember[],
  overrides: { authority?: string | undefined; placeName?: string | undefined } = {},
): DocumentCouncil {
  const unit = UNIT.exec(councilName.normalize('NFC'))?.[1]?.trim() ?? null;
  const place = unit?.replace(/^(huyện|tỉnh|thành phố|thị xã|quận|xã|phường)\s+/iu, '') ?? '';
  const signers: Signer[] = [];
  const chair = members.find((m) => m.role === 'chair');
  const secretary = members.find((m) => m.role === 'secretary');
  if (chair) signers.push({ role: 'council-chair', title: t('documents.common.chairTitle'), name: chair.name });
  if (secretary) {
    signers.push({ role: 'council-secretary', title: t('documents.common.secretaryTitle'), name: secretary.name });
  }
  return {
    councilName,
    authority:
      overrides.authority ??
      (unit ? t('documents.common.committeeOf', { unit }) : t('documents.common.committeeBlank')),
    placeName: overrides.placeName ?? (place === '' ? '……' : place),
    signers,
    numbers: DEFAULT_DOCUMENT_NUMBERS,
  };
}
