import { issue, type DomainIssue } from '../issues/domain-issue';
import type { RubricCriterion, RubricPack, RubricSet } from './rubric-pack.schema';
import { STAR_LEVELS } from './star-requirements';

type Path = readonly (string | number)[];

/**
 * The arithmetic rules every rubric pack must hold, beyond its shape: unique ids, a complete set sums to
 * the frame (100 = A 40 + B 25 + C 35 for QĐ 148 and QĐ 26/2026), options within the criterion maximum,
 * star markers consistent with `minPointsForStar`. An incomplete set must say what is missing.
 *
 * @example checkPackRules(pack26) → [] ; a set whose part C sums to 32 of 35 and is marked complete →
 *   [{ key: 'rubric.partSum', params: { set: 11, part: 'C', sum: 32, max: 35 } }]
 */
export function checkPackRules(pack: RubricPack): DomainIssue[] {
  const issues: DomainIssue[] = [];
  const frameTotal = pack.parts.reduce((sum, part) => sum + part.maxPoints, 0);
  const partIds = new Set(pack.parts.map((part) => part.part));
  if (partIds.size !== 3 || frameTotal !== 100) {
    issues.push(issue('rubric.frame', ['parts'], { total: frameTotal }));
  }
  const seenSets = new Set<number>();
  pack.sets.forEach((set, index) => {
    if (seenSets.has(set.no)) issues.push(issue('rubric.duplicateSet', ['sets', index, 'no'], { set: set.no }));
    seenSets.add(set.no);
    issues.push(...checkSetRules(set, pack, ['sets', index]));
  });
  pack.corrections.forEach((correction, index) => {
    if (!seenSets.has(correction.set)) {
      issues.push(issue('rubric.correctionUnknownSet', ['corrections', index, 'set'], { set: correction.set }));
    }
  });
  return issues;
}

/** The rules of one set against its pack's frame (see `checkPackRules`). */
export function checkSetRules(set: RubricSet, pack: Pick<RubricPack, 'parts'>, at: Path = []): DomainIssue[] {
  const issues: DomainIssue[] = [];
  const sectionKeys = new Map<string, number>();
  set.sections.forEach((section, index) => {
    const key = `${section.part}-${section.id}`;
    if (sectionKeys.has(key)) {
      issues.push(issue('rubric.duplicateSection', [...at, 'sections', index], { set: set.no, section: key }));
    }
    sectionKeys.set(key, 0);
  });

  const ids = new Set<string>();
  const parentSums = new Map<string, { sum: number; max: number }>();
  set.criteria.forEach((criterion, index) => {
    const path = [...at, 'criteria', index];
    if (ids.has(criterion.id)) issues.push(issue('rubric.duplicateCriterion', path, { set: set.no, id: criterion.id }));
    ids.add(criterion.id);
    const sectionKey = `${criterion.part}-${criterion.sectionId}`;
    const sectionSum = sectionKeys.get(sectionKey);
    if (sectionSum === undefined) {
      issues.push(issue('rubric.unknownSection', path, { set: set.no, id: criterion.id, section: sectionKey }));
    } else {
      sectionKeys.set(sectionKey, sectionSum + criterion.maxPoints);
    }
    if (criterion.parent) {
      const entry = parentSums.get(criterion.parent.number) ?? { sum: 0, max: criterion.parent.maxPoints };
      entry.sum += criterion.maxPoints;
      parentSums.set(criterion.parent.number, entry);
    }
    issues.push(...checkCriterionRules(criterion, set.no, path));
  });

  set.sections.forEach((section, index) => {
    const sum = sectionKeys.get(`${section.part}-${section.id}`) ?? 0;
    if (sum !== section.maxPoints) {
      issues.push(
        issue('rubric.sectionSum', [...at, 'sections', index], {
          set: set.no,
          section: section.id,
          sum,
          max: section.maxPoints,
        }),
      );
    }
  });
  for (const [parent, { sum, max }] of parentSums) {
    if (sum !== max) issues.push(issue('rubric.parentSum', [...at, 'criteria'], { set: set.no, parent, sum, max }));
  }

  if (set.complete) {
    for (const part of pack.parts) {
      const sum = set.sections.filter((s) => s.part === part.part).reduce((acc, s) => acc + s.maxPoints, 0);
      if (sum !== part.maxPoints) {
        issues.push(
          issue('rubric.partSum', [...at, 'sections'], { set: set.no, part: part.part, sum, max: part.maxPoints }),
        );
      }
    }
  } else if (set.notes.length === 0) {
    issues.push(issue('rubric.incompleteWithoutGap', [...at, 'notes'], { set: set.no }));
  }
  return issues;
}

function checkCriterionRules(criterion: RubricCriterion, setNo: number, path: Path): DomainIssue[] {
  const issues: DomainIssue[] = [];
  const params = { set: setNo, id: criterion.id };
  const hasOptions = criterion.options !== undefined;
  const hasVariants = criterion.variants !== undefined;
  if (hasOptions === hasVariants) {
    issues.push(issue('rubric.optionsOrVariants', path, params));
    return issues;
  }
  const lists = criterion.options ? [criterion.options] : (criterion.variants ?? []).map((v) => v.options);
  for (const options of lists) {
    options.forEach((option, index) => {
      if (option.points > criterion.maxPoints) {
        issues.push(
          issue('rubric.optionAboveMax', [...path, 'options', index], {
            ...params,
            points: option.points,
            max: criterion.maxPoints,
          }),
        );
      }
      if (option.marker !== undefined && criterion.minPointsForStar[String(option.marker) as '3'] !== option.points) {
        issues.push(issue('rubric.markerMismatch', [...path, 'options', index], { ...params, level: option.marker }));
      }
    });
  }
  let previous = -1;
  for (const level of STAR_LEVELS) {
    const required = criterion.minPointsForStar[String(level) as '3'];
    if (required === undefined) continue;
    const reachable = lists.some((options) => options.some((o) => o.points === required));
    const markedOption = lists.some((options) => options.some((o) => o.marker === level));
    if (!reachable || (!markedOption && criterion.headingMarker !== level)) {
      issues.push(issue('rubric.markerWithoutOption', [...path, 'minPointsForStar'], { ...params, level }));
    }
    if (required < previous) issues.push(issue('rubric.markerDecreasing', [...path, 'minPointsForStar'], params));
    previous = required;
  }
  return issues;
}
