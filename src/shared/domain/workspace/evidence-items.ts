/**
 * The evidence a producer attaches to the self-assessment (Mẫu 02): the documents the helper group checks
 * before the council scores. Titles come from i18n (`products.evidence.<id>`). `foodOnly` items apply to the food
 * and drink sets (1–17), where a food-safety certificate is a knockout condition of every form.
 */
export const EVIDENCE_ITEMS = [
  { id: 'registration', foodOnly: false },
  { id: 'food-safety', foodOnly: true },
  { id: 'quality-declaration', foodOnly: false },
  { id: 'test-results', foodOnly: false },
  { id: 'raw-material', foodOnly: false },
  { id: 'business-plan', foodOnly: false },
  { id: 'product-story', foodOnly: false },
  { id: 'label-packaging', foodOnly: false },
  { id: 'trademark', foodOnly: false },
  { id: 'contracts', foodOnly: false },
  { id: 'environment', foodOnly: false },
  { id: 'photos', foodOnly: false },
] as const;

export type EvidenceItemId = (typeof EVIDENCE_ITEMS)[number]['id'];

/** The evidence items that apply to a product set. */
export function evidenceItemsFor(productSet: number): readonly (typeof EVIDENCE_ITEMS)[number][] {
  return EVIDENCE_ITEMS.filter((item) => !item.foodOnly || productSet <= 17);
}
