import { DEFAULT_CERTIFICATE_TEMPLATE, type CertificateTemplate } from '../../../shared/documents/certificate-template';
import { isLanguage, type Language } from '../../../shared/i18n/messages';
import { certificateTemplateSchema } from '../../../shared/ipc/documents-schemas';
import type { CouncilDb } from './council-db';
import { validated, type SaveResult } from './repository-context';

/** Where the rubric viewer was left: pack id and product set number. */
export interface RubricSelection {
  readonly pack: string;
  readonly set: number;
}

function isRubricSelection(value: unknown): value is RubricSelection {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<RubricSelection>;
  return typeof candidate.pack === 'string' && typeof candidate.set === 'number';
}

/** Preferences that survive a restart. Values are checked on the way out: the database may be old. */
export class SettingsRepository {
  constructor(private readonly db: CouncilDb) {}

  async language(): Promise<Language | null> {
    const record = await this.db.settings.get('language');
    return isLanguage(record?.value) ? record.value : null;
  }

  async setLanguage(language: Language): Promise<void> {
    await this.db.settings.put({ key: 'language', value: language });
  }

  async rubricSelection(): Promise<RubricSelection | null> {
    const record = await this.db.settings.get('rubricSelection');
    return isRubricSelection(record?.value) ? record.value : null;
  }

  async setRubricSelection(selection: RubricSelection): Promise<void> {
    await this.db.settings.put({ key: 'rubricSelection', value: { pack: selection.pack, set: selection.set } });
  }

  /** The council's certificate template; the defaults until it saves its own (or when the stored one is unusable). */
  async certificateTemplate(): Promise<CertificateTemplate> {
    const record = await this.db.settings.get('certificateTemplate');
    const parsed = certificateTemplateSchema.safeParse(record?.value);
    return parsed.success ? parsed.data : DEFAULT_CERTIFICATE_TEMPLATE;
  }

  async setCertificateTemplate(template: CertificateTemplate): Promise<SaveResult<CertificateTemplate>> {
    const result = validated(certificateTemplateSchema, template);
    if (result.ok) await this.db.settings.put({ key: 'certificateTemplate', value: result.value });
    return result;
  }
}
