import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { certificateValidUntil } from '../../../../shared/domain/certificates/certificate-validity';
import { parseIsoDate, type IsoDate } from '../../../../shared/domain/dates/iso-date';
import type { Certificate } from '../../../../shared/domain/workspace/certificate.schema';
import { useLoad } from '../../app/use-load';
import { useWorkspace } from '../../app/workspace-context';
import { Dialog } from '../../components/Dialog';
import { FormActions } from '../../components/FormActions';
import { FormIssues } from '../../components/form/FormIssues';
import { NumberInput, SelectInput, TextArea, TextInput } from '../../components/form/inputs';
import { ChoiceField } from './ChoiceField';
import { useProductsSetup } from './products-setup';
import { useProductsFormat } from './useProductsFormat';
import { useSaveForm } from '../../components/form/useSaveForm';

interface Draft {
  productId: string;
  stars: '' | '3' | '4' | '5';
  score: number;
  decisionNumber: string;
  decisionDate: string;
  issuer: string;
  certificateNumber: string;
  note: string;
}

/**
 * Records a certificate after a recognition decision, or a correction of one (a new record replacing the
 * old, which stays). Shows the valid-until date live: decision date + 36 months.
 */
export function CertificateForm({
  productId = '',
  replacing,
  onClose,
  onSaved,
}: {
  productId?: string | undefined;
  /** The certificate this one corrects. */
  replacing?: Certificate | undefined;
  onClose: () => void;
  onSaved: (certificate: Certificate) => void;
}) {
  const { t } = useTranslation();
  const { repositories } = useWorkspace();
  const { authority } = useProductsSetup();
  const format = useProductsFormat();
  const [draft, setDraft] = useState<Draft>(
    replacing
      ? {
          productId: replacing.productId,
          decisionNumber: replacing.decisionNumber,
          decisionDate: replacing.decisionDate,
          issuer: replacing.issuer,
          certificateNumber: replacing.certificateNumber,
          stars: String(replacing.stars) as Draft['stars'],
          score: replacing.score ?? Number.NaN,
          note: '',
        }
      : {
          productId,
          stars: '',
          score: Number.NaN,
          decisionNumber: '',
          decisionDate: '',
          issuer: authority,
          certificateNumber: '',
          note: '',
        },
  );
  const products = useLoad(
    async () => (await repositories.products.search('', {}, Number.MAX_SAFE_INTEGER)).items,
    [repositories],
  );
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const labels = {
    productId: t('products.certificate.fields.productId'),
    stars: t('products.certificate.fields.stars'),
    score: t('products.certificate.fields.score'),
    decisionNumber: t('products.certificate.fields.decisionNumber'),
    decisionDate: t('products.certificate.fields.decisionDate'),
    issuer: t('products.certificate.fields.issuer'),
    certificateNumber: t('products.certificate.fields.certificateNumber'),
    note: replacing ? t('products.certificate.fields.correctionNote') : t('products.certificate.fields.note'),
  };
  const decided = parseIsoDate(draft.decisionDate);

  const { issues, saving, submit } = useSaveForm(async () => {
    const input = {
      ...draft,
      stars: draft.stars === '' ? Number.NaN : Number(draft.stars),
      score: Number.isNaN(draft.score) ? null : draft.score,
      decisionDate: draft.decisionDate as IsoDate,
    };
    return replacing ? repositories.certificates.correct(replacing.id, input) : repositories.certificates.record(input);
  }, onSaved);

  return (
    <Dialog
      title={
        replacing
          ? t('products.certificate.correctTitle', { number: replacing.certificateNumber })
          : t('products.certificate.add')
      }
      onClose={onClose}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        {replacing ? <p className="muted">{t('products.certificate.correctIntro')}</p> : null}
        <FormIssues issues={issues} labels={labels}>
          <div className="form-grid">
            <div className="wide">
              <ChoiceField
                label={labels.productId}
                path="productId"
                value={draft.productId}
                onChange={(id) => set({ productId: id })}
                placeholder={t('products.dossier.chooseProduct')}
                disabled={replacing !== undefined}
                options={
                  products.state === 'ready'
                    ? products.value.map((p) => ({ value: p.id, label: p.code ? `${p.name} (${p.code})` : p.name }))
                    : []
                }
              />
            </div>
            <SelectInput<Draft['stars']>
              label={labels.stars}
              path="stars"
              required
              value={draft.stars}
              onChange={(stars) => set({ stars })}
              options={[
                { value: '', label: t('products.certificate.chooseStars') },
                ...(['3', '4', '5'] as const).map((value) => ({ value, label: t('stars', { count: Number(value) }) })),
              ]}
            />
            <NumberInput
              label={labels.score}
              path="score"
              hint={t('products.certificate.scoreHint')}
              min={0}
              max={100}
              step={0.01}
              value={draft.score}
              onChange={(score) => set({ score })}
            />
            <TextInput
              label={labels.certificateNumber}
              path="certificateNumber"
              required
              value={draft.certificateNumber}
              onChange={(certificateNumber) => set({ certificateNumber })}
            />
            <TextInput
              label={labels.decisionNumber}
              path="decisionNumber"
              required
              hint={t('products.certificate.decisionHint')}
              value={draft.decisionNumber}
              onChange={(decisionNumber) => set({ decisionNumber })}
            />
            <TextInput
              label={labels.decisionDate}
              path="decisionDate"
              type="date"
              required
              value={draft.decisionDate}
              onChange={(decisionDate) => set({ decisionDate })}
            />
            <div className="valid-until" role="status">
              {decided
                ? t('products.certificate.validUntilLive', { date: format.date(certificateValidUntil(decided)) })
                : t('products.certificate.validUntilPending')}
            </div>
            <div className="wide">
              <TextInput
                label={labels.issuer}
                path="issuer"
                required
                hint={t('products.certificate.issuerHint')}
                value={draft.issuer}
                onChange={(issuer) => set({ issuer })}
              />
            </div>
            <div className="wide">
              <TextArea
                label={labels.note}
                path="note"
                rows={2}
                value={draft.note}
                onChange={(note) => set({ note })}
              />
            </div>
          </div>
        </FormIssues>
        <FormActions
          onCancel={onClose}
          saving={saving}
          saveLabel={replacing ? t('products.certificate.saveCorrection') : undefined}
        />
      </form>
    </Dialog>
  );
}
