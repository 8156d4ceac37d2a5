import type { Product } from '../../../../shared/domain/workspace/product.schema';
import { hrefOf } from '../../app/routes';

/** A product's name linking to its page, with its code beneath; the id when the product is gone. */
export function ProductLink({ id, product, href }: { id: string; product: Product | undefined; href?: string }) {
  return (
    <span className="dash-product">
      <a href={href ?? hrefOf('products', 'item', id)}>{product?.name ?? id}</a>
      {product?.code ? <span className="dash-code">{product.code}</span> : null}
    </span>
  );
}
