/**
 * Converts a transcribed criteria catalogue (data/rubric-sources/criteria-*.json, the project's
 * regulatory data) into a rubric pack (`ocop-council/rubric-pack@1`). Criterion ids are kept unchanged.
 */
import {
  RUBRIC_PACK_FORMAT,
  type RubricCorrection,
  type RubricCriterion,
  type RubricOption,
  type RubricPack,
  type RubricSection,
  type RubricSet,
  type StarLevel,
} from '../../src/shared/domain/rubric/rubric-pack.schema';

/** Pack identity that the catalogues do not carry as fields. */
export interface PackIdentity {
  id: string;
  legalBasis: RubricPack['legalBasis'];
  effectiveFrom: string;
  effectiveTo: string | null;
}

interface SourceOption {
  text: string;
  points: number;
  minStarMarker?: number;
  inferred?: boolean;
  transcriptionNote?: string;
  note?: string;
}
interface SourceCriterion {
  part: 'A' | 'B' | 'C';
  section: string;
  id: string;
  number: string;
  text: string;
  maxPoints: number;
  options?: SourceOption[];
  variants?: { variant: string; text: string; options: SourceOption[] }[];
  minPointsForStar?: Record<string, number>;
  headingStarMarker?: number;
  parentCriterion?: string;
  parentMaxPoints?: number;
  notes?: string[];
}
interface SourceSet {
  code: string;
  no: number;
  name: string;
  formHeader: string | null;
  disqualifiers: string[];
  sampleRequired: boolean;
  complete: boolean;
  notes?: string[];
  structure: {
    part: 'A' | 'B' | 'C';
    sections: { id: string; title: string; maxPoints: number; notes: string[] }[];
  }[];
  criteria: SourceCriterion[];
}
interface SourceFix {
  set: number;
  criterion: string;
  id?: string;
  fix: string;
  reason?: string;
  resolved?: string;
}
export interface SourceCatalogue {
  source: Record<string, string>;
  parts: { part: 'A' | 'B' | 'C'; name: string; maxPoints: number }[];
  groups: {
    code: string;
    name: string;
    subgroups: { code: string; name: string; productSets: SourceSet[] }[];
  }[];
  transcriptionFixes: SourceFix[];
}

function starLevel(value: number | undefined): StarLevel | undefined {
  if (value === undefined) return undefined;
  if (value === 3 || value === 4 || value === 5) return value;
  throw new Error(`star marker ${value} is not 3, 4 or 5`);
}

function convertOption(option: SourceOption): RubricOption {
  const marker = starLevel(option.minStarMarker);
  return {
    text: option.text,
    points: option.points,
    ...(marker !== undefined ? { marker } : {}),
    ...(option.inferred ? { inferred: true as const } : {}),
    ...(option.transcriptionNote ? { correction: option.transcriptionNote } : {}),
    ...(option.note ? { note: option.note } : {}),
  };
}

/** "6.1. Ngoại hình" → { number: "6.1", text: "Ngoại hình" } */
function splitHeading(heading: string): { number: string; text: string } {
  const match = /^(\d+(?:\.\d+)*)\.?\s+(.*)$/.exec(heading.trim());
  if (!match?.[1] || !match[2]) throw new Error(`cannot read the heading "${heading}"`);
  return { number: match[1], text: match[2] };
}

function correctionKind(fix: string): RubricCorrection['kind'] {
  return /inferred|interpretation/i.test(fix) ? 'inferred' : 'corrected';
}

function convertCorrections(catalogue: SourceCatalogue, sets: SourceSet[]): RubricCorrection[] {
  return catalogue.transcriptionFixes.map((fix) => {
    const set = sets.find((s) => s.no === fix.set);
    const criterion = fix.id ?? set?.criteria.find((c) => c.number === fix.criterion)?.id;
    if (!criterion) throw new Error(`fix for set ${fix.set} criterion ${fix.criterion} names no criterion`);
    const description = fix.resolved ? `${fix.fix}; ${fix.resolved}` : fix.fix;
    return {
      set: fix.set,
      criterion,
      kind: correctionKind(description),
      description,
      ...(fix.reason ? { reason: fix.reason } : {}),
    };
  });
}

function convertCriterion(source: SourceCriterion, corrections: RubricCorrection[]): RubricCriterion {
  const own = corrections.filter((c) => c.criterion === source.id);
  const optionLists = source.options ? [source.options] : (source.variants ?? []).map((v) => v.options);
  const anyOption = (test: (o: SourceOption) => boolean): boolean => optionLists.some((list) => list.some(test));
  const minPointsForStar: RubricCriterion['minPointsForStar'] = {};
  for (const [level, points] of Object.entries(source.minPointsForStar ?? {})) {
    minPointsForStar[level as '3' | '4' | '5'] = points;
  }
  const headingMarker = starLevel(source.headingStarMarker);
  const parent =
    source.parentCriterion !== undefined
      ? { ...splitHeading(source.parentCriterion), maxPoints: source.parentMaxPoints ?? 0 }
      : undefined;
  return {
    id: source.id,
    part: source.part,
    sectionId: splitHeading(source.section).number,
    number: source.number,
    text: source.text,
    maxPoints: source.maxPoints,
    ...(parent ? { parent } : {}),
    ...(source.options ? { options: source.options.map(convertOption) } : {}),
    ...(source.variants
      ? {
          variants: source.variants.map((v) => ({
            id: v.variant,
            text: v.text,
            options: v.options.map(convertOption),
          })),
        }
      : {}),
    minPointsForStar,
    ...(headingMarker !== undefined ? { headingMarker } : {}),
    inferred: own.some((c) => c.kind === 'inferred') || anyOption((o) => o.inferred === true),
    corrected: own.some((c) => c.kind === 'corrected') || anyOption((o) => o.transcriptionNote !== undefined),
    notes: source.notes ?? [],
  };
}

function convertSet(
  source: SourceSet,
  group: { code: string; name: string },
  subgroup: { code: string; name: string },
  corrections: RubricCorrection[],
): RubricSet {
  const sections: RubricSection[] = source.structure.flatMap((part) =>
    part.sections.map((section) => ({
      part: part.part,
      id: section.id,
      title: section.title,
      maxPoints: section.maxPoints,
      notes: section.notes,
    })),
  );
  const own = corrections.filter((c) => c.set === source.no);
  return {
    no: source.no,
    code: source.code,
    name: source.name,
    group,
    subgroup,
    formHeader: source.formHeader,
    sampleRequired: source.sampleRequired,
    complete: source.complete,
    disqualifiers: source.disqualifiers,
    notes: source.notes ?? [],
    sections,
    criteria: source.criteria.map((criterion) => convertCriterion(criterion, own)),
  };
}

/** The whole catalogue as a pack, version 1, sets in their number order. */
export function convertCatalogue(catalogue: SourceCatalogue, identity: PackIdentity): RubricPack {
  const sources = catalogue.groups.flatMap((g) => g.subgroups.flatMap((sg) => sg.productSets));
  const corrections = convertCorrections(catalogue, sources);
  const sets = catalogue.groups
    .flatMap((group) =>
      group.subgroups.flatMap((subgroup) =>
        subgroup.productSets.map((set) =>
          convertSet(
            set,
            { code: group.code, name: group.name },
            { code: subgroup.code, name: subgroup.name },
            corrections,
          ),
        ),
      ),
    )
    .sort((a, b) => a.no - b.no);
  return {
    format: RUBRIC_PACK_FORMAT,
    id: identity.id,
    version: 1,
    title: catalogue.source['title'] ?? identity.id,
    legalBasis: identity.legalBasis,
    effectiveFrom: identity.effectiveFrom,
    effectiveTo: identity.effectiveTo,
    provenance: Object.entries(catalogue.source).map(([key, value]) => `${key}: ${value}`),
    parts: catalogue.parts.map((part) => ({ part: part.part, name: part.name, maxPoints: part.maxPoints })),
    sets,
    corrections,
    amendments: [],
  };
}
