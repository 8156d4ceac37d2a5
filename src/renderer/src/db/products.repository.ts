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

const PRODUCER_MISSING = issue('form.producerMissing', ['producerId']);

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

  /** The products with these ids (missing ones are left out), for lists that show a product's name. */
  async byIds(ids: Iterable<string>): Promise<ReadonlyMap<string, Product>> {
    const records = await this.ctx.db.products.bulkGet([...new Set(ids)]);
    return new Map(records.filter((r) => r !== undefined).map((r) => [r.id, toProduct(r)]));
  }

  /** How many products each producer has (producers without products are absent). */
  async countsByProducer(): Promise<ReadonlyMap<string, number>> {
    const counts = new Map<string, number>();
    for (const key of await this.ctx.db.products.orderBy('producerId').keys()) {
      if (typeof key === 'string') counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
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
    // An unchosen producer is a missing choice, not a malformed id: say so in the form's words.
    if (!result.ok)
      return refused(result.issues.map((found) => (found.path[0] === 'producerId' ? PRODUCER_MISSING : found)));
    const product = result.value;
    const producer = await this.ctx.db.producers.get(product.producerId);
    if (!producer) return refused([PRODUCER_MISSING]);
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
