import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../shared/domain/workspace/product.schema';
import { useLoad } from '../../app/use-load';
import { useWorkspace } from '../../app/workspace-context';
import { Dialog } from '../../components/Dialog';
import { FormActions } from '../../components/FormActions';
import { FormIssues } from '../../components/form/FormIssues';
import { SelectInput, TextArea, TextInput } from '../../components/form/inputs';
import type { ProductInput } from '../../db/products.repository';
import { ChoiceField } from './ChoiceField';
import { useProductsFormat } from './useProductsFormat';
import { useSaveForm } from '../../components/form/useSaveForm';

/** Adds or edits a product: name, product set (1–26), producer, product code, description. */
export function ProductForm({
  product,
  producerId = '',
  onClose,
  onSaved,
}: {
  product?: Product | undefined;
  /** The producer to start with (adding from a producer's page). */
  producerId?: string | undefined;
  onClose: () => void;
  onSaved: (product: Product) => void;
}) {
  const { t } = useTranslation();
  const { repositories } = useWorkspace();
  const format = useProductsFormat();
  const [input, setInput] = useState<ProductInput>(
    product ?? { name: '', productSet: Number.NaN, producerId, code: '', description: '' },
  );
  const producers = useLoad(() => repositories.producers.names(), [repositories]);
  const set = (patch: Partial<ProductInput>) => setInput((current) => ({ ...current, ...patch }));
  const labels = {
    name: t('products.item.fields.name'),
    productSet: t('products.item.fields.productSet'),
    producerId: t('products.item.fields.producerId'),
    code: t('products.item.fields.code'),
    description: t('products.item.fields.description'),
  };

  const { issues, saving, submit } = useSaveForm(async () => {
    return repositories.products.save(input);
  }, onSaved);

  return (
    <Dialog
      title={product ? t('products.item.editTitle', { name: product.name }) : t('products.item.add')}
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
            <div className="wide">
              <SelectInput
                label={labels.productSet}
                path="productSet"
                required
                hint={t('products.item.setHint')}
                value={Number.isNaN(input.productSet) ? '' : String(input.productSet)}
                onChange={(value) => set({ productSet: value === '' ? Number.NaN : Number(value) })}
                options={[{ value: '', label: t('products.item.chooseSet') }, ...format.setOptions()]}
              />
            </div>
            <div className="wide">
              <ChoiceField
                label={labels.producerId}
                path="producerId"
                value={input.producerId}
                onChange={(producerId) => set({ producerId })}
                placeholder={t('products.item.chooseProducer')}
                options={
                  producers.state === 'ready' ? producers.value.map((p) => ({ value: p.id, label: p.name })) : []
                }
              />
            </div>
            <div className="wide">
              <TextInput
                label={labels.code}
                path="code"
                hint={t('products.item.codeHint')}
                value={input.code}
                onChange={(code) => set({ code })}
              />
            </div>
            <div className="wide">
              <TextArea
                label={labels.description}
                path="description"
                value={input.description}
                onChange={(description) => set({ description })}
              />
            </div>
          </div>
        </FormIssues>
        <FormActions onCancel={onClose} saving={saving} />
      </form>
    </Dialog>
  );
}
