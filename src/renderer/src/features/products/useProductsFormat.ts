import { useTranslation } from 'react-i18next';
import { formatDate, formatMean } from '../../../../shared/i18n/format';
import type { Language } from '../../../../shared/i18n/messages';
import type { products as catalogue } from '../../../../shared/i18n/locales/vi/products';
import { useProductsSetup } from './products-setup';

type GroundKey = keyof (typeof catalogue)['products']['revocationGround'];

/** How the products area writes dates, product sets and scores in the user's language. */
export function useProductsFormat() {
  const { t, i18n } = useTranslation();
  const { setNames } = useProductsSetup();
  const language = i18n.language as Language;
  return {
    date: (value: string | null | undefined): string => (value ? formatDate(value, language) : t('products.empty')),
    set: (no: number): string => {
      const name = setNames.get(no);
      return name ? t('products.setOption', { no, name }) : t('products.setNumber', { no });
    },
    mean: (value: number): string => formatMean(value, language),
    /** A revocation ground (QĐ 26/2026 art. 8) by its number, 1–6. */
    ground: (ground: number): string => t(`products.revocationGround.${String(ground) as GroundKey}`),
    /** The 26 product sets as select options, by number. */
    setOptions: (): { value: string; label: string }[] =>
      Array.from({ length: 26 }, (_, i) => {
        const no = i + 1;
        const name = setNames.get(no);
        return {
          value: String(no),
          label: name ? t('products.setOption', { no, name }) : t('products.setNumber', { no }),
        };
      }),
  };
}
