import type { IsoDate } from '../dates/iso-date';
import { PROCESS_PROFILES } from '../profiles/process-profiles';
import type { ProfileId } from '../session/session-file.schema';
import type { CouncilLevel, Signer } from './council.schema';

/**
 * Names a council's documents print, derived from its administrative unit. They are the official
 * Vietnamese wording of the record (printed as they are, whatever the interface language), so they are
 * data here, not interface text; the user may change each one.
 */
export interface CouncilNames {
  readonly councilName: string;
  readonly authority: string;
  readonly placeName: string;
  readonly helperGroupName: string;
}

/** The words that open a unit's name ("huyện Tam Đường"); the place name on documents drops them. */
const UNIT_WORDS = ['thành phố', 'thị xã', 'huyện', 'quận', 'tỉnh', 'xã', 'phường', 'thị trấn'];

/**
 * The place name of a document's date line ("Tam Đường, ngày … tháng … năm …"): the unit's name without
 * its administrative word.
 *
 * @example placeNameOf('huyện Tam Đường') === 'Tam Đường'; placeNameOf('Tỉnh Lai Châu') === 'Lai Châu'
 */
export function placeNameOf(unitName: string): string {
  const trimmed = unitName.trim().replace(/\s+/g, ' ');
  const lower = trimmed.toLocaleLowerCase('vi');
  const word = UNIT_WORDS.find((w) => lower.startsWith(`${w} `));
  return word ? trimmed.slice(word.length + 1) : trimmed;
}

/**
 * The names a council is given by default (QĐ 148 and 26/2026 name it "Hội đồng đánh giá, phân hạng sản
 * phẩm OCOP" of its unit; the People's Committee of the unit issues its documents; the district's helper
 * group is the "Tổ giúp việc", the province's under 26/2026 the "Tổ tư vấn").
 *
 * @example councilNamesFor('district', 'huyện Tam Đường') → {
 *   councilName: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Tam Đường',
 *   authority: 'Ủy ban nhân dân huyện Tam Đường', placeName: 'Tam Đường', helperGroupName: 'Tổ giúp việc' }
 */
export function councilNamesFor(level: CouncilLevel, unitName: string): CouncilNames {
  const unit = unitName.trim().replace(/\s+/g, ' ');
  return {
    councilName: unit ? `Hội đồng đánh giá, phân hạng sản phẩm OCOP ${unit}` : '',
    authority: unit ? `Ủy ban nhân dân ${unit}` : '',
    placeName: placeNameOf(unit),
    helperGroupName: level === 'district' ? 'Tổ giúp việc' : 'Tổ tư vấn',
  };
}

/** A profile's council level: district-2023 is held by the district, the others by the province. */
export function levelOf(profile: ProfileId): CouncilLevel {
  return PROCESS_PROFILES[profile].councilLevel;
}

/**
 * The year whose rounds a new council starts with. Provincial councils work in the current year. District
 * councils ended with the two-tier reform (01/07/2025), so a district council set up now is keeping an
 * archive: it starts in the year of its establishing decision (never later than today's year).
 *
 * @example setupYear('province-2026', '2026-06-01', '2026-11-29') === 2026
 * @example setupYear('district-2023', '2025-02-10', '2026-11-29') === 2025
 */
export function setupYear(profile: ProfileId, establishedOn: IsoDate | null, today: IsoDate): number {
  const current = Number(today.slice(0, 4));
  if (levelOf(profile) !== 'district' || establishedOn === null) return current;
  return Math.min(current, Number(establishedOn.slice(0, 4)));
}

/** Who signs, in the order documents print them. */
export const SIGNER_ROLES: readonly Signer['role'][] = ['council-chair', 'council-secretary', 'authority-head'];

/**
 * The title each signer's block prints by default (Nghị định 30/2020: the capacity above the name;
 * "TM." when signing for a collective body).
 *
 * @example defaultSignerTitle('authority-head') === 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH'
 */
export function defaultSignerTitle(role: Signer['role']): string {
  switch (role) {
    case 'council-chair':
      return 'CHỦ TỊCH HỘI ĐỒNG';
    case 'council-secretary':
      return 'THƯ KÝ HỘI ĐỒNG';
    case 'authority-head':
      return 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH';
  }
}
