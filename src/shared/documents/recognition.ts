import { PROCESS_PROFILES, type Authority } from '../domain/profiles/process-profiles';
import type { ProductResult, ProductStatus } from '../domain/scoring/compute-results';
import type { DocumentContext } from './document-context';
import type { DocumentProduct, SessionDocumentData } from './document-data';

export interface ProductWithResult {
  readonly product: DocumentProduct;
  readonly result: ProductResult;
}

/** The products whose status is one of `statuses`, in the session's order, with their results. */
export function productsWithStatus(data: SessionDocumentData, statuses: readonly ProductStatus[]): ProductWithResult[] {
  const results = new Map(data.results.products.map((r) => [r.id, r]));
  return data.products.flatMap((product) => {
    const result = results.get(product.id);
    return result && statuses.includes(result.status) ? [{ product, result }] : [];
  });
}

/** Who recognises what this council proposes for recognition (the lowest recognised level, 3★). */
export function recognisingAuthority(data: SessionDocumentData): Authority {
  return PROCESS_PROFILES[data.session.profile].recognisedBy[3];
}

/**
 * The recognising authority as documents address it: "Ủy ban nhân dân huyện Tam Đường" (district), or
 * "Chủ tịch Ủy ban nhân dân tỉnh Lai Châu" (province: the chair decides in person).
 */
export function recognisingAuthorityName(ctx: DocumentContext, data: SessionDocumentData): string {
  return authorityName(ctx, recognisingAuthority(data));
}

/** `authority` as documents address it, from the council's authority (see recognisingAuthorityName). */
export function authorityName(ctx: DocumentContext, authority: Authority): string {
  return authority === 'district-committee'
    ? ctx.council.authority
    : ctx.t('documents.common.chairOf', { authority: ctx.council.authority });
}

/** The statuses of products sent upwards (district → province, province → ministry). */
export const FORWARD_STATUSES: readonly ProductStatus[] = ['forward-province', 'forward-central'];

/** Where forwarded products go, in words: the provincial council, or the ministry (5★). */
export function forwardTarget(ctx: DocumentContext, data: SessionDocumentData): string {
  return ctx.t(
    PROCESS_PROFILES[data.session.profile].councilLevel === 'district'
      ? 'documents.common.forwardProvince'
      : 'documents.common.forwardCentral',
  );
}

/** Product names in quotes, joined: “Miến dong Bình Lư”, “Gạo Séng Cù Thèn Sin”. */
export function productList(items: readonly ProductWithResult[]): string {
  return items.map(({ product }) => `“${product.name}”`).join(', ');
}
