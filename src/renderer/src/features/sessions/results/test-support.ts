/**
 * Test support, never imported by production code: the two worked examples of session-v1.md as sessions of
 * the app (through `sessionFromFile`, as an import would make them), with their forms and expected results.
 */
import laiChauResultsText from '../../../../../../tests/fixtures/sessions/lai-chau-2026-small.results.json?raw';
import laiChauText from '../../../../../../tests/fixtures/sessions/lai-chau-2026-small.session.json?raw';
import tamDuongResultsText from '../../../../../../tests/fixtures/sessions/tam-duong-2025-round1.results.json?raw';
import tamDuongText from '../../../../../../tests/fixtures/sessions/tam-duong-2025-round1.session.json?raw';
import pack148Text from '../../../../../../resources/rubric-packs/148-2023.json?raw';
import pack26Text from '../../../../../../resources/rubric-packs/26-2026.json?raw';
import { sessionFromFile } from '../../../../../shared/domain/council-session/session-from-file';
import type { CouncilSession } from '../../../../../shared/domain/council-session/session.schema';
import { sheetKeyId, type SheetState } from '../../../../../shared/domain/council-session/sheet-events';
import type { IsoDate } from '../../../../../shared/domain/dates/iso-date';
import type { RubricSet } from '../../../../../shared/domain/rubric/rubric-pack.schema';
import type { CompiledSet } from '../../../../../shared/domain/scoring/compiled-set';
import type { SessionResults } from '../../../../../shared/domain/scoring/compute-results';
import type { SessionFile } from '../../../../../shared/domain/session/session-file.schema';
import { checkSession } from '../../../../../shared/domain/session/validate-session';
import { packFromText } from '../../../../../shared/domain/testing/load-packs';

const pack26 = packFromText(pack26Text);
const pack148 = packFromText(pack148Text);
const packs = new Map([
  [pack26.id, pack26],
  [pack148.id, pack148],
]);

export interface Example {
  readonly file: SessionFile;
  readonly session: CouncilSession;
  readonly sheets: ReadonlyMap<string, SheetState>;
  readonly sets: ReadonlyMap<number, RubricSet>;
  readonly compiled: ReadonlyMap<number, CompiledSet>;
  /** The results the format's examples say the CLI prints. */
  readonly expected: SessionResults;
}

function example(text: string, resultsText: string): Example {
  const checked = checkSession(JSON.parse(text), (id) => packs.get(id));
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
  const { session, sheets } = sessionFromFile(checked.session, checked.pack, {
    sessionId: 's1',
    packetKey: () => '0'.repeat(64),
    now: '2026-07-20T01:00:00.000Z',
    title: 'Phiên thử',
    date: '2026-07-20' as IsoDate,
  });
  const sets = new Map(
    checked.pack.sets.filter((s) => session.products.some((p) => p.productSet === s.no)).map((s) => [s.no, s]),
  );
  return {
    file: checked.session,
    session: { ...session, phase: 'review' },
    sheets: new Map(sheets.map((s) => [sheetKeyId(s), s])),
    sets,
    compiled: checked.sets,
    expected: JSON.parse(resultsText) as SessionResults,
  };
}

/** Lai Châu 2026 (province, pack 26/2026): q2's C-9 keeps it at 2 stars although its mean is in the 3★ band. */
export const laiChau = (): Example => example(laiChauText, laiChauResultsText);

/** Tam Đường 2025 (district, pack 148/2023): an absent member, a recusal, p4 re-scored, p6 disqualified. */
export const tamDuong = (): Example => example(tamDuongText, tamDuongResultsText);

/** A plain JSON copy (what the CLI prints and a file holds), to compare with `toEqual`. */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
