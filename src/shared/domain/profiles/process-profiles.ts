import type { ProfileId } from '../session/session-file.schema';
import type { Stars } from '../scoring/star-band';

/** What a council proposes for a product once it is scored (session-v1.md, "status"). */
export type Proposal = 'recognise' | 'forward-province' | 'forward-central' | 'not-recognised';

/** Who recognises a star level. Names come from i18n (`authority.<id>`). */
export type Authority = 'district-committee' | 'province-chair' | 'ministry' | 'none';

/** A day of the year (month 1–12) on which a round's scoring or its dossiers are due. */
export interface DayOfYear {
  readonly month: number;
  readonly day: number;
}

export interface RoundDeadline {
  readonly round: number;
  /** The council must have scored the round before this day. */
  readonly scoreBefore: DayOfYear;
  /** Dossiers must reach the council by this day, when the regulation says. */
  readonly dossiersBy: DayOfYear | null;
}

/** A process profile: one regulation's way of holding councils and recognising stars, as data. */
export interface ProcessProfile {
  readonly id: ProfileId;
  /** i18n keys under `profile.` give the title and legal basis. */
  readonly legalBasis: readonly string[];
  readonly councilLevel: 'district' | 'province';
  readonly defaultPack: '148/2023' | '26/2026';
  readonly recognisedBy: Readonly<Record<Stars, Authority>>;
  readonly proposalByStars: Readonly<Record<Stars, Proposal>>;
  /** Default round deadlines; a council's own plan may set others. Empty: the plan must set them. */
  readonly roundDeadlines: readonly RoundDeadline[];
  /** Days after expiry a late re-evaluation applicant keeps the certificate (26/2026: 180). */
  readonly graceDaysAfterExpiry: number;
  /** Working days the commune has for its report (Mẫu 03), when the regulation sets one. */
  readonly communeReportWorkingDays: number | null;
}

const NOT_RECOGNISED = { 1: 'not-recognised', 2: 'not-recognised' } as const;
const NO_AUTHORITY = { 1: 'none', 2: 'none' } as const;

export const PROCESS_PROFILES: Readonly<Record<ProfileId, ProcessProfile>> = {
  // QĐ 148/QĐ-TTg (24/02/2023): the district council recognises 3★ and sends ≥ 70 points to the province.
  'district-2023': {
    id: 'district-2023',
    legalBasis: ['148/QĐ-TTg'],
    councilLevel: 'district',
    defaultPack: '148/2023',
    recognisedBy: { ...NO_AUTHORITY, 3: 'district-committee', 4: 'province-chair', 5: 'ministry' },
    proposalByStars: { ...NOT_RECOGNISED, 3: 'recognise', 4: 'forward-province', 5: 'forward-province' },
    // Tam Đường 2025 plan: round 1 before 20/5, round 2 before 20/10.
    roundDeadlines: [
      { round: 1, scoreBefore: { month: 5, day: 20 }, dossiersBy: null },
      { round: 2, scoreBefore: { month: 10, day: 20 }, dossiersBy: null },
    ],
    graceDaysAfterExpiry: 0,
    communeReportWorkingDays: null,
  },
  // QĐ 148 as amended by QĐ 1489/QĐ-TTg (06/07/2025): the province recognises 3★ and 4★; ≥ 90 to the ministry.
  'province-2025': {
    id: 'province-2025',
    legalBasis: ['148/QĐ-TTg', '1489/QĐ-TTg'],
    councilLevel: 'province',
    defaultPack: '148/2023',
    recognisedBy: { ...NO_AUTHORITY, 3: 'province-chair', 4: 'province-chair', 5: 'ministry' },
    proposalByStars: { ...NOT_RECOGNISED, 3: 'recognise', 4: 'recognise', 5: 'forward-central' },
    roundDeadlines: [],
    graceDaysAfterExpiry: 0,
    communeReportWorkingDays: null,
  },
  // QĐ 26/2026/QĐ-TTg (22/05/2026): at least two rounds a year; the minister recognises 5★.
  'province-2026': {
    id: 'province-2026',
    legalBasis: ['26/2026/QĐ-TTg'],
    councilLevel: 'province',
    defaultPack: '26/2026',
    recognisedBy: { ...NO_AUTHORITY, 3: 'province-chair', 4: 'province-chair', 5: 'ministry' },
    proposalByStars: { ...NOT_RECOGNISED, 3: 'recognise', 4: 'recognise', 5: 'forward-central' },
    roundDeadlines: [
      { round: 1, scoreBefore: { month: 6, day: 30 }, dossiersBy: { month: 4, day: 30 } },
      { round: 2, scoreBefore: { month: 12, day: 30 }, dossiersBy: { month: 10, day: 30 } },
    ],
    graceDaysAfterExpiry: 180,
    communeReportWorkingDays: 15,
  },
};

export const PROFILE_IDS = Object.keys(PROCESS_PROFILES) as ProfileId[];

export function processProfile(id: ProfileId): ProcessProfile {
  return PROCESS_PROFILES[id];
}

/** The proposal for a product with `stars` under `profile` (session-v1.md, status table). */
export function proposalFor(profile: ProfileId, stars: Stars): Proposal {
  return PROCESS_PROFILES[profile].proposalByStars[stars];
}
