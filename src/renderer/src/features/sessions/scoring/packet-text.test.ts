import { describe, expect, it } from 'vitest';
import { readJsonFile } from './download';
import { packetSender, packetSource } from './packet-text';
import { testSession } from './test-session';

describe('a packet file as the messages read it', () => {
  it('names the sender as the session knows them, else as the file says', () => {
    expect(packetSender({ member: { id: 'm2', name: 'khác' } }, testSession())).toBe('Lò Thị Hoa');
    expect(packetSender({ member: { id: 'x', name: 'Người lạ' } }, testSession())).toBe('Người lạ');
    expect(packetSender('not a packet', testSession())).toBe('?');
  });

  it('gives each sheet its member and product names for “phiếu số n (…)”', () => {
    const packet = { member: { id: 'm2' }, sheets: [{ product: 'p1', round: 2 }, { product: 'zz' }] };
    expect(packetSource(packet, testSession())).toEqual({
      sheets: [
        { member: 'Lò Thị Hoa', product: 'Chè Shan tuyết', round: '2' },
        { member: 'Lò Thị Hoa', product: 'zz', round: '?' },
      ],
    });
    expect(packetSource({}, testSession())).toBeNull();
  });

  it('reads a chosen file as JSON, or says why not', async () => {
    expect(await readJsonFile(new Blob(['{"a":1}']))).toEqual({ ok: true, value: { a: 1 } });
    const bad = await readJsonFile(new Blob(['{"a":']));
    expect(bad).toMatchObject({ ok: false, key: 'json' });
  });
});
