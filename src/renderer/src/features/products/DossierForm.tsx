import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attemptSchema, type Attempt } from '../../../../shared/domain/session/session-file.schema';
import { requiredSamples, type Dossier } from '../../../../shared/domain/workspace/dossier.schema';
import { evidenceItemsFor } from '../../../../shared/domain/workspace/evidence-items';
import { useLoad } from '../../app/use-load';
import { useWorkspace } from '../../app/workspace-context';
import { Dialog } from '../../components/Dialog';
import { FormActions } from '../../components/FormActions';
import { FormIssues } from '../../components/form/FormIssues';
import { CheckboxInput, NumberInput, SelectInput, TextInput } from '../../components/form/inputs';
import type { DossierInput } from '../../db/dossiers.repository';
import { ChoiceField } from './ChoiceField';
import { useProductsFormat } from './useProductsFormat';
import { useSaveForm } from '../../components/form/useSaveForm';

const FORMS = ['mau01', 'mau02', 'mau03'] as const;

/** What the form edits of a dossier; its pre-check, result and history have steps of their own. */
function inputOf({
  id,
  productId,
  year,
  attempt,
  receivedOn,
  roundId,
  forms,
  evidence,
  samples,
}: Dossier): DossierInput {
  return { id, productId, year, attempt, receivedOn, roundId, forms, evidence, samples };
}

/**
 * Receives a dossier, or updates what was received: product, year, kind of evaluation, date, round, the
 * forms (Mẫu 01, 02, 03), the evidence of Mẫu 02 for the product's set, and the samples (none for set 26).
 */
export function DossierForm({
  dossier,
  productId = '',
  onClose,
  onSaved,
}: {
  dossier?: Dossier | undefined;
  /** The product to start with (receiving from a product's page). */
  productId?: string | undefined;
  onClose: () => void;
  onSaved: (dossier: Dossier) => void;
}) {
  const { t } = useTranslation();
  const { repositories, today } = useWorkspace();
  const format = useProductsFormat();
  const [input, setInput] = useState<DossierInput>(
    dossier
      ? inputOf(dossier)
      : {
          productId,
          year: Number(today.slice(0, 4)),
          attempt: 'first',
          receivedOn: today,
          roundId: null,
          forms: { mau01: false, mau02: false, mau03: false },
          evidence: [],
          samples: { required: 5, received: 0 },
        },
  );
  const products = useLoad(
    async () => (await repositories.products.search('', {}, Number.MAX_SAFE_INTEGER)).items,
    [repositories],
  );
  const rounds = useLoad(
    async () => (Number.isInteger(input.year) ? repositories.rounds.list(input.year) : []),
    [repositories, input.year],
  );
  const set = (patch: Partial<DossierInput>) => setInput((current) => ({ ...current, ...patch }));
  const product = products.state === 'ready' ? products.value.find((p) => p.id === input.productId) : undefined;
  const required = product ? requiredSamples(product.productSet) : input.samples.required;
  const evidence = product ? evidenceItemsFor(product.productSet) : [];
  const labels = {
    productId: t('products.dossier.fields.productId'),
    year: t('products.dossier.fields.year'),
    attempt: t('products.dossier.fields.attempt'),
    receivedOn: t('products.dossier.fields.receivedOn'),
    roundId: t('products.dossier.fields.roundId'),
    forms: t('products.dossier.fields.forms'),
    evidence: t('products.dossier.fields.evidence'),
    'samples.received': t('products.dossier.fields.samplesReceived'),
  };

  const { issues, saving, submit } = useSaveForm(async () => {
    const applicable = new Set<string>(evidence.map((item) => item.id));
    return repositories.dossiers.save({
      ...input,
      evidence: input.evidence.filter((id) => applicable.has(id)),
      samples: { required, received: required === 0 ? 0 : input.samples.received },
    });
  }, onSaved);

  const roundOptions = [
    { value: '', label: t('products.dossier.noRound') },
    ...(rounds.state === 'ready'
      ? rounds.value.map((r) => ({
          value: r.id,
          label: t('products.dossier.roundOption', { number: r.number, deadline: format.date(r.deadline) }),
        }))
      : []),
  ];
  const productName = dossier ? (product?.name ?? '') : '';
  return (
    <Dialog
      title={dossier ? t('products.dossier.editTitle', { product: productName }) : t('products.dossier.add')}
      onClose={onClose}
      wide
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormIssues issues={issues} labels={labels}>
          <div className="form-grid">
            <div className="wide">
              <ChoiceField
                label={labels.productId}
                path="productId"
                value={input.productId}
                onChange={(id) => set({ productId: id })}
                placeholder={t('products.dossier.chooseProduct')}
                disabled={dossier !== undefined}
                autoFocus={dossier === undefined && productId === ''}
                options={
                  products.state === 'ready'
                    ? products.value.map((p) => ({ value: p.id, label: p.code ? `${p.name} (${p.code})` : p.name }))
                    : []
                }
              />
            </div>
            <NumberInput
              label={labels.year}
              path="year"
              required
              value={input.year}
              onChange={(year) => set({ year })}
            />
            <SelectInput<Attempt>
              label={labels.attempt}
              path="attempt"
              required
              value={input.attempt}
              onChange={(attempt) => set({ attempt })}
              options={attemptSchema.options.map((value) => ({ value, label: t(`products.attempt.${value}`) }))}
            />
            <TextInput
              label={labels.receivedOn}
              path="receivedOn"
              type="date"
              required
              value={input.receivedOn}
              onChange={(receivedOn) => set({ receivedOn: receivedOn as DossierInput['receivedOn'] })}
            />
            <SelectInput
              label={labels.roundId}
              path="roundId"
              hint={
                rounds.state === 'ready' && rounds.value.length === 0
                  ? t('products.dossier.noRoundsYet', { year: input.year })
                  : t('products.dossier.roundHint')
              }
              value={input.roundId ?? ''}
              onChange={(roundId) => set({ roundId: roundId === '' ? null : roundId })}
              options={roundOptions}
            />
          </div>
          <div className="dossier-received">
            <fieldset className="group">
              <legend>{labels.forms}</legend>
              {FORMS.map((form) => (
                <CheckboxInput
                  key={form}
                  label={t(`products.forms.${form}`)}
                  checked={input.forms[form]}
                  onChange={(checked) => set({ forms: { ...input.forms, [form]: checked } })}
                />
              ))}
            </fieldset>
            <fieldset className="group">
              <legend>{t('products.dossier.fields.samples')}</legend>
              {required === 0 ? (
                <p className="muted">{t('products.dossier.noSamples')}</p>
              ) : (
                <NumberInput
                  label={labels['samples.received']}
                  path="samples.received"
                  min={0}
                  hint={t('products.dossier.samplesHint', { required })}
                  value={input.samples.received}
                  onChange={(received) => set({ samples: { required, received } })}
                />
              )}
            </fieldset>
          </div>
          <fieldset className="group">
            <legend>{labels.evidence}</legend>
            {product ? (
              <>
                <p className="field-hint">{t('products.dossier.evidenceHint')}</p>
                <div className="check-grid">
                  {evidence.map((item) => (
                    <CheckboxInput
                      key={item.id}
                      label={t(`products.evidence.${item.id}`)}
                      checked={input.evidence.includes(item.id)}
                      onChange={(checked) =>
                        set({
                          evidence: checked
                            ? [...input.evidence, item.id]
                            : input.evidence.filter((id) => id !== item.id),
                        })
                      }
                    />
                  ))}
                </div>
              </>
            ) : (
              <p className="muted">{t('products.dossier.chooseProductFirst')}</p>
            )}
          </fieldset>
        </FormIssues>
        <FormActions onCancel={onClose} saving={saving} />
      </form>
    </Dialog>
  );
}
