import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBundledPacks } from '../domain/testing/load-packs';
import type { Archive } from './archive.schema';
import { checkArchive } from './check-archive';
import { provinceArchive } from './testing/province-archive';
import { verifyArchive } from './verify-archive';

const { pack26 } = loadBundledPacks((file) => readFileSync(file, 'utf8'));
/** Two years of 8 products × 3 members, one product re-scored each year: small, every path of the large one. */
const SMALL = {
  years: 2,
  productsPerYear: 8,
  members: 3,
  rescoredPerYear: 1,
  noneApplies: 0.03,
  disagreement: 0.15,
  seed: 7,
};
const small = provinceArchive(pack26, SMALL);

/** A fresh copy of the archive with its tables changed by `edit` (the chain head kept as it was). */
function edited(edit: (tables: Archive['tables']) => void): Archive {
  const copy = structuredClone(small.archive);
  edit(copy.tables);
  return copy;
}

describe('the province-scale archive (test support)', () => {
  it('holds finalised sessions whose every sheet is sealed, and checks and verifies clean', () => {
    const { tables } = small.archive;
    expect(tables.sessions.map((s) => [s.id, s.phase])).toEqual([
      ['province-2025', 'finalised'],
      ['province-2026', 'finalised'],
    ]);
    // 8 products × 3 members in round 1, one product again in round 2, every year.
    expect(tables.sheets).toHaveLength(2 * (8 * 3 + 3));
    expect(small.countedSheets).toBe(2 * 8 * 3);
    expect(tables.sheets.every((s) => s.seal !== null)).toBe(true);
    expect(tables.resultVersions.map((v) => v.version)).toEqual([1, 1]);
    expect(small.archive.chain.length).toBe(tables.sheets.length + 2);
    const result = checkArchive(JSON.parse(JSON.stringify(small.archive)));
    expect(result.ok && verifyArchive(result.archive)).toEqual([]);
  });

  it('is the same archive every time it is built', () => {
    expect(JSON.stringify(provinceArchive(pack26, SMALL).archive)).toBe(JSON.stringify(small.archive));
  });
});

describe('verifyArchive folds each sheet from its events in sequence order', () => {
  it('verifies clean whatever order the logs and their events are listed in', () => {
    const shuffled = edited((t) => {
      t.sheetLogs.reverse();
      // Interleave the two sessions' logs as a merged database might list them, and shuffle each log.
      t.sheetLogs.sort((a, b) => (a.events.length % 7) - (b.events.length % 7));
      for (const log of t.sheetLogs) log.events.sort((a, b) => (a.seq % 5) - (b.seq % 5));
    });
    expect(verifyArchive(shuffled)).toEqual([]);
  });

  it('names the sheet whose events, taken by sequence, no longer give its choices', () => {
    // The seal's sequence number exchanged with the first choice's: listed in the same place, the seal
    // now comes first by sequence, so that choice comes after the seal and no longer counts.
    let target = '';
    const archive = edited((t) => {
      const sheet = t.sheets[4];
      if (!sheet) throw new Error('no sheet');
      target = sheet.id;
      const own = t.sheetLogs.find((log) => log.id === sheet.id)?.events ?? [];
      const first = own.find((e) => e.type === 'choose');
      const seal = own.find((e) => e.type === 'seal');
      if (!first || !seal) throw new Error('no events');
      [first.seq, seal.seq] = [seal.seq, first.seq];
    });
    const index = archive.tables.sheets.findIndex((s) => s.id === target);
    expect(
      verifyArchive(archive)
        .filter((i) => i.key === 'archive.sheetNotEvents')
        .map((i) => i.path),
    ).toEqual([['tables', 'sheets', index]]);
  });

  it('names a sheet with a choice more, a choice less, or a choice of another variant than its events give', () => {
    const archive = edited((t) => {
      const [more, less, variant] = [t.sheets[1], t.sheets[2], t.sheets[3]];
      if (!more || !less || !variant) throw new Error('too few sheets');
      more.choices = { ...more.choices, 'X-99': 1 };
      const [dropped] = Object.keys(less.choices);
      less.choices = Object.fromEntries(Object.entries(less.choices).filter(([key]) => key !== dropped));
      variant.choices = {
        ...variant.choices,
        [Object.keys(variant.choices)[0] ?? '']: { variant: 'other', option: 0 },
      };
    });
    expect(
      verifyArchive(archive)
        .filter((i) => i.key === 'archive.sheetNotEvents')
        .map((i) => i.path),
    ).toEqual([
      ['tables', 'sheets', 1],
      ['tables', 'sheets', 2],
      ['tables', 'sheets', 3],
    ]);
  });

  it('names the member and product of a sheet edited after sealing', () => {
    const archive = edited((t) => {
      const sheet = t.sheets[5];
      const [criterion, choice] = Object.entries(sheet?.choices ?? {})[0] ?? ['', 0];
      if (sheet) sheet.choices = { ...sheet.choices, [criterion]: choice === 0 ? 1 : 0 };
    });
    const sheet = archive.tables.sheets[5];
    const session = archive.tables.sessions.find((s) => s.id === sheet?.sessionId);
    expect(verifyArchive(archive).find((i) => i.key === 'archive.sealMismatch')).toEqual({
      key: 'archive.sealMismatch',
      path: ['tables', 'sheets', 5],
      params: {
        session: session?.title,
        member: session?.members.find((m) => m.memberId === sheet?.memberId)?.name,
        product: session?.products.find((p) => p.productId === sheet?.productId)?.name,
        round: sheet?.round,
      },
    });
  });
});
