import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CERTIFICATE_TEMPLATE } from '../../../shared/documents/certificate-template';
import { CouncilDb } from './council-db';
import { SettingsRepository } from './settings.repository';

function freshDb(indexedDB: IDBFactory, name = 'ocop-test'): CouncilDb {
  return new CouncilDb(name, { indexedDB, IDBKeyRange });
}

describe('SettingsRepository', () => {
  let indexedDB: IDBFactory;
  beforeEach(() => {
    indexedDB = new IDBFactory();
  });

  it('has no language until one is chosen, then keeps it across a reopening', async () => {
    const first = freshDb(indexedDB);
    expect(await new SettingsRepository(first).language()).toBeNull();
    await new SettingsRepository(first).setLanguage('en');
    first.close();
    const second = freshDb(indexedDB);
    expect(await new SettingsRepository(second).language()).toBe('en');
    second.close();
  });

  it('ignores a stored value that is not a language it knows', async () => {
    const db = freshDb(indexedDB);
    await db.settings.put({ key: 'language', value: 'fr' });
    expect(await new SettingsRepository(db).language()).toBeNull();
    db.close();
  });

  it('remembers the rubric viewer’s pack and set, and ignores a damaged record', async () => {
    const db = freshDb(indexedDB);
    const settings = new SettingsRepository(db);
    expect(await settings.rubricSelection()).toBeNull();
    await settings.setRubricSelection({ pack: '148/2023', set: 26 });
    expect(await settings.rubricSelection()).toEqual({ pack: '148/2023', set: 26 });
    await db.settings.put({ key: 'rubricSelection', value: { pack: 148, set: '26' } });
    expect(await settings.rubricSelection()).toBeNull();
    db.close();
  });

  it('keeps the certificate template it is given, refuses an unusable one, and falls back to the defaults', async () => {
    const db = freshDb(indexedDB);
    const settings = new SettingsRepository(db);
    expect(await settings.certificateTemplate()).toEqual(DEFAULT_CERTIFICATE_TEMPLATE);
    const own = { ...DEFAULT_CERTIFICATE_TEMPLATE, numberPattern: '{{n}}/{{year}}/GCN', border: 'simple' as const };
    expect(await settings.setCertificateTemplate(own)).toMatchObject({ ok: true });
    expect(await settings.certificateTemplate()).toEqual(own);
    const refused = await settings.setCertificateTemplate({ ...own, numberPattern: 'GCN', accentColor: 'red' });
    expect(refused.ok ? [] : refused.issues.map((i) => i.path[0])).toEqual(['numberPattern', 'accentColor']);
    expect(await settings.certificateTemplate()).toEqual(own);
    await db.settings.put({ key: 'certificateTemplate', value: { border: 'triple' } });
    expect(await settings.certificateTemplate()).toEqual(DEFAULT_CERTIFICATE_TEMPLATE);
    db.close();
  });
});
