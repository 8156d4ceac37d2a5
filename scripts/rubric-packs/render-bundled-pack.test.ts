import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRubricPack } from '../../src/shared/domain/rubric/parse-rubric-pack';
import { BUNDLED_PACKS } from './bundled-packs';
import { convertCatalogue, type SourceCatalogue } from './convert-catalogue';
import { renderBundledPack } from './render-bundled-pack';

function catalogueOf(entry: (typeof BUNDLED_PACKS)[number]): SourceCatalogue {
  return JSON.parse(readFileSync(entry.source, 'utf8')) as SourceCatalogue;
}

/** The first line where two texts differ, to keep a failure readable; null when they are equal. */
function firstDifference(committed: string, rendered: string): string | null {
  if (committed === rendered) return null;
  const a = committed.split('\n');
  const b = rendered.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line === -1 ? a.length : line;
  return `line ${at + 1}: committed ${JSON.stringify(a[at])}, rendered ${JSON.stringify(b[at])}`;
}

describe.each(BUNDLED_PACKS.map((entry) => [entry.identity.id, entry] as const))('bundled pack %s', (_id, entry) => {
  it('is exactly what its source catalogue renders to (a hand edit of the generated file fails here)', () => {
    const rendered = renderBundledPack(entry);
    const committed = readFileSync(entry.file, 'utf8');
    expect(
      firstDifference(committed, rendered),
      `${entry.file} differs from ${entry.source}: npm run packs:generate`,
    ).toBeNull();
    expect(committed.length).toBe(rendered.length);
  });

  it('keeps every criterion id, its points and its options exactly as in the catalogue', () => {
    const catalogue = catalogueOf(entry);
    const pack = convertCatalogue(catalogue, entry.identity);
    const sources = catalogue.groups.flatMap((g) => g.subgroups.flatMap((s) => s.productSets));
    expect(pack.sets.map((s) => s.no)).toEqual(sources.map((s) => s.no).sort((a, b) => a - b));
    for (const source of sources) {
      const set = pack.sets.find((s) => s.no === source.no);
      expect(set?.complete, `set ${source.no}`).toBe(source.complete);
      expect(set?.criteria.map((c) => [c.id, c.maxPoints])).toEqual(source.criteria.map((c) => [c.id, c.maxPoints]));
      source.criteria.forEach((criterion, i) => {
        const converted = set?.criteria[i];
        expect(converted?.options?.map((o) => o.points)).toEqual(criterion.options?.map((o) => o.points));
        expect(converted?.variants?.map((v) => v.options.map((o) => o.points))).toEqual(
          criterion.variants?.map((v) => v.options.map((o) => o.points)),
        );
        expect(converted?.minPointsForStar).toEqual(criterion.minPointsForStar ?? {});
      });
    }
  });

  it('makes a valid version-1 pack with one correction per transcription fix', () => {
    const catalogue = catalogueOf(entry);
    const pack = convertCatalogue(catalogue, entry.identity);
    expect(parseRubricPack(pack).ok).toBe(true);
    expect(pack).toMatchObject({
      id: entry.identity.id,
      version: 1,
      amendments: [],
      effectiveTo: entry.identity.effectiveTo,
    });
    expect(pack.corrections).toHaveLength(catalogue.transcriptionFixes.length);
  });
});

describe('the bundled source catalogues', () => {
  it('flag the 22 inferred bilingual-label criteria of 26/2026 as inferred', () => {
    const entry = BUNDLED_PACKS.find((e) => e.identity.id === '26/2026');
    if (!entry) throw new Error('26/2026 is bundled');
    const pack = convertCatalogue(catalogueOf(entry), entry.identity);
    const inferredCorrections = pack.corrections.filter((c) => c.kind === 'inferred');
    expect(inferredCorrections.length).toBeGreaterThanOrEqual(22);
    for (const correction of inferredCorrections) {
      const criterion = pack.sets
        .find((s) => s.no === correction.set)
        ?.criteria.find((c) => c.id === correction.criterion);
      expect(criterion?.inferred, `${correction.set} ${correction.criterion}`).toBe(true);
    }
  });
});
