import { issue } from '../../../shared/domain/issues/domain-issue';
import { searchWords } from '../../../shared/domain/text/search-words';
import { productSchema, type Product } from '../../../shared/domain/workspace/product.schema';
import type { ProductRecord } from './records';
import { refused, validated, type RepositoryContext, type SaveResult } from './repository-context';
import { findByWords } from './search';

export type ProductInput = Omit<Product, 'id' | 'createdAt' | 'updatedAt'> & { id?: string | undefined };

export interface ProductFilters {
  readonly productSet?: number | undefined;
  readonly producerId?: string | undefined;
}

function toProduct({ searchWords: _words, ...product }: ProductRecord): Product {
  return product;
}

/** Products, found by name, code or producer name (diacritics optional). */
export class ProductsRepository {
  constructor(private readonly ctx: RepositoryContext) {}

  async get(id: string): Promise<Product | null> {
    const record = await this.ctx.db.products.get(id);
    return record ? toProduct(record) : null;
  }

  async count(): Promise<number> {
    return this.ctx.db.products.count();
  }

  async search(query: string, filters: ProductFilters = {}, limit = 200): Promise<{ items: Product[]; total: number }> {
    const found = await findByWords(
      this.ctx.db.products,
      query,
      (p) =>
        (filters.productSet === undefined || p.productSet === filters.productSet) &&
        (filters.producerId === undefined || p.producerId === filters.producerId),
    );
    found.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    return { items: found.slice(0, limit).map(toProduct), total: found.length };
  }

  async listByProducer(producerId: string): Promise<Product[]> {
    return (await this.ctx.db.products.where('producerId').equals(producerId).toArray()).map(toProduct);
  }

  async save(input: ProductInput): Promise<SaveResult<Product>> {
    const existing = input.id ? await this.ctx.db.products.get(input.id) : undefined;
    if (input.id && !existing) return refused([issue('form.notFound', ['id'])]);
    const now = this.ctx.now().toISOString();
    const result = validated(productSchema, {
      ...input,
      id: existing?.id ?? this.ctx.newId(),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    if (!result.ok) return result;
    const product = result.value;
    const producer = await this.ctx.db.producers.get(product.producerId);
    if (!producer) return refused([issue('form.producerMissing', ['producerId'])]);
    if (product.code !== '') {
      const sameCode = await this.ctx.db.products.where('code').equals(product.code).first();
      if (sameCode && sameCode.id !== product.id) {
        return refused([issue('form.productCodeTaken', ['code'], { code: product.code, product: sameCode.name })]);
      }
    }
    await this.ctx.db.products.put({ ...product, searchWords: searchWords(product.name, product.code, producer.name) });
    return result;
  }
}
