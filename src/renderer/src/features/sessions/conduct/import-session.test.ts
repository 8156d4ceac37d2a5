import { describe, expect, it } from 'vitest';
import { packFromText } from '../../../../../shared/domain/testing/load-packs';
import pack26Text from '../../../../../../resources/rubric-packs/26-2026.json?raw';
import sessionText from '../../../../../../tests/fixtures/sessions/lai-chau-2026-small.session.json?raw';
import { readSessionFile } from './import-session';

const pack26 = packFromText(pack26Text);
const packOf = (id: string) => Promise.resolve(id === pack26.id ? pack26 : undefined);

describe('reading a session file to import', () => {
  it('accepts a valid session@1 file with the pack it names', async () => {
    const read = await readSessionFile(sessionText, packOf);
    expect(read.ok && [read.file.products.length, read.file.sheets.length, read.pack.id]).toEqual([2, 10, '26/2026']);
  });

  it('says when the text is not JSON', async () => {
    const read = await readSessionFile('{ "format": ', packOf);
    expect(read.ok ? null : read.issues.map((i) => i.key)).toEqual(['json']);
  });

  it('lists every problem with its place, and keeps the parsed file to name the sheets', async () => {
    const file = JSON.parse(sessionText) as { sheets: { choices: Record<string, unknown> }[]; rubric: string };
    const first = file.sheets[0];
    if (!first) throw new Error('sheet');
    first.choices['A-9.9'] = 1;
    const read = await readSessionFile(JSON.stringify(file), packOf);
    expect(read.ok ? null : read.issues[0]).toMatchObject({
      key: 'session.unknownCriterion',
      path: ['sheets', 0, 'choices', 'A-9.9'],
    });
    expect(read.ok ? null : (read.source as typeof file).sheets).toHaveLength(10);
    const unknownPack = await readSessionFile(JSON.stringify({ ...file, rubric: '1048/2019' }), packOf);
    expect(unknownPack.ok ? null : unknownPack.issues.map((i) => i.key)).toEqual(['session.unknownPack']);
  });
});
