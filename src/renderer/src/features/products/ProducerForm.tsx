import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  producerTypeSchema,
  type Producer,
  type ProducerType,
  type Sex,
} from '../../../../shared/domain/workspace/producer.schema';
import { useWorkspace } from '../../app/workspace-context';
import { Dialog } from '../../components/Dialog';
import { FormActions } from '../../components/FormActions';
import { Field } from '../../components/form/Field';
import { FormIssues } from '../../components/form/FormIssues';
import { SelectInput, TextInput } from '../../components/form/inputs';
import type { ProducerInput } from '../../db/producers.repository';
import { ETHNIC_GROUPS } from './ethnic-groups';
import { useSaveForm } from '../../components/form/useSaveForm';

const BLANK: ProducerInput = {
  name: '',
  type: 'cooperative',
  representative: { name: '', sex: 'male', ethnicity: '' },
  address: '',
  communeCode: '',
  phone: '',
  registrationNumber: '',
};

/** Adds or edits a producer (chủ thể); the repository's issues show at their fields, nothing is saved. */
export function ProducerForm({
  producer,
  onClose,
  onSaved,
}: {
  producer?: Producer | undefined;
  onClose: () => void;
  onSaved: (producer: Producer) => void;
}) {
  const { t } = useTranslation();
  const { repositories } = useWorkspace();
  const [input, setInput] = useState<ProducerInput>(producer ?? BLANK);
  const set = (patch: Partial<ProducerInput>) => setInput((current) => ({ ...current, ...patch }));
  const setRepresentative = (patch: Partial<ProducerInput['representative']>) =>
    setInput((current) => ({ ...current, representative: { ...current.representative, ...patch } }));
  const labels = {
    name: t('products.producer.fields.name'),
    type: t('products.producer.fields.type'),
    'representative.name': t('products.producer.fields.representativeName'),
    'representative.sex': t('products.producer.fields.sex'),
    'representative.ethnicity': t('products.producer.fields.ethnicity'),
    address: t('products.producer.fields.address'),
    communeCode: t('products.producer.fields.communeCode'),
    phone: t('products.producer.fields.phone'),
    registrationNumber: t('products.producer.fields.registrationNumber'),
  };

  const { issues, saving, submit } = useSaveForm(async () => {
    return repositories.producers.save(input);
  }, onSaved);

  return (
    <Dialog
      title={producer ? t('products.producer.editTitle', { name: producer.name }) : t('products.producer.add')}
      onClose={onClose}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormIssues issues={issues} labels={labels}>
          <div className="form-grid">
            <div className="wide">
              <TextInput
                label={labels.name}
                path="name"
                required
                autoFocus
                value={input.name}
                onChange={(name) => set({ name })}
              />
            </div>
            <SelectInput<ProducerType>
              label={labels.type}
              path="type"
              required
              value={input.type}
              onChange={(type) => set({ type })}
              options={producerTypeSchema.options.map((value) => ({
                value,
                label: t(`products.producerType.${value}`),
              }))}
            />
            <TextInput
              label={labels.registrationNumber}
              path="registrationNumber"
              hint={t('products.producer.registrationHint')}
              value={input.registrationNumber}
              onChange={(registrationNumber) => set({ registrationNumber })}
            />
          </div>
          <fieldset className="group">
            <legend>{t('products.producer.fields.representative')}</legend>
            <p className="field-hint">{t('products.producer.representativeHint')}</p>
            <div className="form-grid">
              <div className="wide">
                <TextInput
                  label={labels['representative.name']}
                  path="representative.name"
                  required
                  value={input.representative.name}
                  onChange={(name) => setRepresentative({ name })}
                />
              </div>
              <SelectInput<Sex>
                label={labels['representative.sex']}
                path="representative.sex"
                required
                value={input.representative.sex}
                onChange={(sex) => setRepresentative({ sex })}
                options={(['male', 'female'] as const).map((value) => ({ value, label: t(`products.sex.${value}`) }))}
              />
              <Field
                label={labels['representative.ethnicity']}
                path="representative.ethnicity"
                hint={t('products.producer.ethnicityHint')}
                required
              >
                {(props) => (
                  <>
                    <input
                      {...props}
                      list="ethnic-groups"
                      value={input.representative.ethnicity}
                      onChange={(e) => setRepresentative({ ethnicity: e.target.value })}
                    />
                    <datalist id="ethnic-groups">
                      {ETHNIC_GROUPS.map((group) => (
                        <option key={group} value={group} />
                      ))}
                    </datalist>
                  </>
                )}
              </Field>
            </div>
          </fieldset>
          <div className="form-grid">
            <div className="wide">
              <TextInput
                label={labels.address}
                path="address"
                required
                value={input.address}
                onChange={(address) => set({ address })}
              />
            </div>
            <TextInput
              label={labels.communeCode}
              path="communeCode"
              hint={t('products.producer.communeCodeHint')}
              value={input.communeCode}
              onChange={(communeCode) => set({ communeCode })}
            />
            <TextInput
              label={labels.phone}
              path="phone"
              type="tel"
              hint={t('products.producer.phoneHint')}
              value={input.phone}
              onChange={(phone) => set({ phone })}
            />
          </div>
        </FormIssues>
        <FormActions onCancel={onClose} saving={saving} />
      </form>
    </Dialog>
  );
}
