import { beforeAll, describe, expect, it } from 'vitest';
import { archiveFromSessionFile } from '../../../shared/archive/archive-from-session';
import type { Archive } from '../../../shared/archive/archive.schema';
import {
  BAD_ARCHIVE_COUNTS,
  badArchives,
  matchingIssues,
  richArchive,
} from '../../../shared/archive/testing/bad-archives';
import { sha256Hex } from '../../../shared/domain/council-session/canonical-sheet';
import type { IsoDate } from '../../../shared/domain/dates/iso-date';
import type { DomainIssue } from '../../../shared/domain/issues/domain-issue';
import { checkSession } from '../../../shared/domain/session/validate-session';
import { packFromText } from '../../../shared/domain/testing/load-packs';
import { createI18n, translator } from '../../../shared/i18n/create-i18n';
import pack148Text from '../../../../resources/rubric-packs/148-2023.json?raw';
import pack26Text from '../../../../resources/rubric-packs/26-2026.json?raw';
import laiChauText from '../../../../tests/fixtures/sessions/lai-chau-2026-small.session.json?raw';
import tamDuongText from '../../../../tests/fixtures/sessions/tam-duong-2025-round1.session.json?raw';
import { describeArchiveIssue } from '../features/archive/describe-archive-issue';
import { importArchive, readArchive, type ImportMode } from './archive-import';
import { exportArchive } from './archive.repository';
import { fakeMain, laptop, type FakeMain, type TestWorkspace } from './archive-test-support';

/**
 * The reliability suite's bad files: 200 generated damaged archives, each refused by the import the
 * archive screen runs (read, check, verify, then restore or merge), with a Vietnamese message naming the
 * problem and the record, and the workspace byte for byte as it was, with no snapshot taken.
 */
const PACKS = new Map([pack26Text, pack148Text].map((text) => packFromText(text)).map((p) => [p.id, p]));
const SESSION_FILES: Readonly<Record<string, string>> = {
  'lai-chau-2026-small': laiChauText,
  'tam-duong-2025-round1': tamDuongText,
};

function sessionArchive(name: string): Archive {
  const input: unknown = JSON.parse(SESSION_FILES[name] ?? '');
  const checked = checkSession(input, (id) => PACKS.get(id));
  if (!checked.ok) throw new Error(`example ${name} does not validate`);
  let keys = 0;
  return archiveFromSessionFile(checked.session, checked.pack, {
    sessionId: `s-${name}`,
    title: name,
    date: '2026-11-29' as IsoDate,
    now: '2026-11-29T08:00:00.000Z',
    packetKey: () => sha256Hex(`key ${(keys += 1)}`),
    app: { name: 'test', version: '1' },
  });
}

const VALID = richArchive(sessionArchive('lai-chau-2026-small'));
const CASES = badArchives(VALID);
const vi = createI18n('vi');
const say = translator(vi);
const MODES: readonly ImportMode[] = ['restore', 'merge'];
/** The archive screen lists this many problems (ArchiveIssueList); the one that matters must be among them. */
const SHOWN = 50;
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

/** A workspace holding another council's session (Tâm Đường), and the main process it talks to. */
let workspace: TestWorkspace;
let main: FakeMain;
let before: string;

const exported = async () => (await exportArchive(workspace, main.doors)).text;

beforeAll(async () => {
  workspace = laptop('w');
  main = fakeMain();
  const restored = await importArchive(
    workspace,
    JSON.stringify(sessionArchive('tam-duong-2025-round1')),
    'restore',
    main.doors,
  );
  if (!restored.ok) throw new Error(JSON.stringify(restored.issues));
  before = await exported();
});

describe('the generated bad archives', () => {
  it('are 200 distinct named files of every kind, each with what must refuse it and where', () => {
    expect(CASES).toHaveLength(200);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(200);
    for (const [kind, count] of Object.entries(BAD_ARCHIVE_COUNTS))
      expect(
        CASES.filter((c) => c.kind === kind),
        kind,
      ).toHaveLength(count);
    expect(CASES.every((c) => c.refusedFor.length > 0 && c.where.length > 0)).toBe(true);
    expect(new Set(CASES.map((c) => c.text())).size).toBeGreaterThan(190);
  });

  it('are the same for the same seed and change with it', () => {
    const again = badArchives(VALID);
    expect(again.map((c) => c.name)).toEqual(CASES.map((c) => c.name));
    for (const index of [0, 30, 60, 100, 150, 199]) expect(again[index]?.text()).toBe(CASES[index]?.text());
    const other = badArchives(VALID, 7);
    expect(other.filter((c, i) => c.text() !== CASES[i]?.text()).length).toBeGreaterThan(100);
  });

  it('start from a file the import takes: restoring it changes the workspace (so a refusal is visible)', async () => {
    expect(readArchive(JSON.stringify(VALID))).toMatchObject({ ok: true });
    const other = laptop('control');
    const otherMain = fakeMain();
    const empty = (await exportArchive(other, otherMain.doors)).text;
    expect(await importArchive(other, JSON.stringify(VALID), 'merge', otherMain.doors)).toMatchObject({
      ok: true,
      changed: true,
    });
    expect((await exportArchive(other, otherMain.doors)).text).not.toBe(empty);
  });
});

/** The issue as the archive screen words it: the message, and which record and field. */
function shownAs(found: DomainIssue, source: unknown) {
  return describeArchiveIssue(found, vi.t, source);
}

describe('every bad archive is refused, said in Vietnamese, and changes nothing', () => {
  for (const bad of CASES) {
    it(bad.name, async () => {
      const text = bad.text();
      for (const mode of MODES) {
        const attempt = fakeMain();
        const outcome = await importArchive(workspace, text, mode, attempt.doors);
        expect(outcome.ok, mode).toBe(false);
        if (outcome.ok) return;
        expect(outcome.stage).toBe('file');
        expect(
          matchingIssues(bad, outcome.issues),
          `${mode}: ${JSON.stringify(outcome.issues.slice(0, 3)).slice(0, 600)}`,
        ).not.toEqual([]);
        expect(attempt.snapshots, 'no snapshot of a refused file').toEqual([]);
        expect(attempt.imported).toEqual([]);
        expect(await exported()).toBe(before);
      }
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();

      // What the archive screen shows (useArchiveFile reads the file with readArchive).
      const reading = readArchive(text);
      if (reading.ok) throw new Error('accepted');
      const first = reading.issues.findIndex((found) => matchingIssues(bad, [found]).length > 0);
      expect(first).toBeGreaterThanOrEqual(0);
      expect(first).toBeLessThan(SHOWN);
      const found = reading.issues[first] as DomainIssue;
      const view = shownAs(found, reading.input);
      expect(view.text).not.toMatch(/^issue\.|\{\{/);
      expect(view.text).toMatch(VIETNAMESE);
      const [head, table, index] = found.path;
      if (head === 'tables' && typeof index === 'number') {
        expect(view.where).toContain(`${say(`archiveUi.table.${String(table)}`, {})}, bản ghi thứ ${index + 1}`);
      } else if (found.path.length > 0) {
        expect(view.where).toContain('trường');
      } else if (found.key === 'json') {
        expect(view.text).toContain('tệp không phải JSON hợp lệ');
      }
    });
  }
});
