import { describe, expect, it } from 'vitest';
import { createMemberKit } from '../../../../../shared/domain/council-session/member-kit';
import { packFromText } from '../../../../../shared/domain/testing/load-packs';
import type { RubricImportResult } from '../../../../../shared/ipc/contract';
import pack26Text from '../../../../../../resources/rubric-packs/26-2026.json?raw';
import { testSession } from '../scoring/test-session';
import { openKit, type KitDoors } from './open-kit';

const pack = packFromText(pack26Text);
const kitText = () =>
  JSON.stringify(
    createMemberKit(
      testSession({ members: testSession().members.map((m) => ({ ...m, packetKey: '2'.repeat(64) })) }),
      'm2',
      pack,
      '2026-07-20T02:00:00.000Z',
    ),
  );

/** The app's doors, recording what was asked of them. */
function doors(versions: number[], importResult: RubricImportResult = { status: 'imported', pack: {} as never }) {
  const calls: string[] = [];
  const door: KitDoors = {
    packVersions: (id) => {
      calls.push(`versions ${id}`);
      return Promise.resolve(versions);
    },
    importPack: (fileName) => {
      calls.push(`import pack ${fileName}`);
      return Promise.resolve(importResult);
    },
    importKit: (kit) => {
      calls.push('import kit');
      return Promise.resolve({ ok: true, value: kit as never });
    },
  };
  return { door, calls };
}

describe('opening a member kit on a member’s own laptop', () => {
  it('opens the session straight away when the laptop has the kit’s pack version', async () => {
    const { door, calls } = doors([1]);
    const opened = await openKit(kitText(), door);
    expect(opened).toMatchObject({ ok: true, packImported: false, kit: { member: 'm2' } });
    expect(calls).toEqual(['versions 26/2026', 'import kit']);
  });

  it('imports the kit’s pack first when the laptop lacks that version', async () => {
    const { door, calls } = doors([]);
    const opened = await openKit(kitText(), door);
    expect(opened).toMatchObject({ ok: true, packImported: true });
    expect(calls).toEqual(['versions 26/2026', 'import pack 26-2026-v1.json', 'import kit']);
  });

  it('stops, with the reasons, when the pack cannot be imported', async () => {
    const rejected: RubricImportResult = {
      status: 'rejected',
      issues: [{ key: 'rubric.frame', path: [], params: { total: 90 } }],
    };
    const { door, calls } = doors([], rejected);
    expect(await openKit(kitText(), door)).toEqual({ ok: false, stage: 'pack', issues: rejected.issues });
    expect(calls).not.toContain('import kit');
  });

  it('refuses a file that is not a kit, touching nothing', async () => {
    const { door, calls } = doors([1]);
    expect(await openKit('{', door)).toMatchObject({ ok: false, stage: 'file', issues: [{ key: 'json' }] });
    const packet = await openKit(JSON.stringify({ format: 'ocop-council/sheet-packet@1' }), door);
    expect(packet).toMatchObject({ ok: false, stage: 'file' });
    expect(calls).toEqual([]);
  });
});
