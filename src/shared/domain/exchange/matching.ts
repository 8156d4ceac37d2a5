import { nameKey, registrationKey } from './cell-text';

/** What an import compares with: the workspace's producers. */
export interface KnownProducer {
  readonly id: string;
  readonly name: string;
  readonly registrationNumber: string;
}

/** What an import compares with: the workspace's products. */
export interface KnownProduct {
  readonly id: string;
  readonly name: string;
  readonly code: string;
  readonly producerId: string;
}

export type ProducerMatch =
  | { readonly kind: 'same'; readonly producer: KnownProducer }
  | { readonly kind: 'conflict'; readonly producer: KnownProducer }
  | null;

export type ProductMatch =
  | { readonly kind: 'same'; readonly product: KnownProduct }
  | { readonly kind: 'code-taken'; readonly product: KnownProduct }
  | null;

/** The workspace's producers by name and registration number, for matching imported rows. */
export class ProducerIndex {
  private readonly byName = new Map<string, KnownProducer[]>();
  private readonly byNumber = new Map<string, KnownProducer[]>();

  constructor(known: Iterable<KnownProducer> = []) {
    for (const producer of known) this.add(producer);
  }

  add(producer: KnownProducer): void {
    push(this.byName, nameKey(producer.name), producer);
    const number = registrationKey(producer.registrationNumber);
    if (number !== '') push(this.byNumber, number, producer);
  }

  /**
   * Whether an imported producer is one the workspace has: the same name (case and spacing aside) and the
   * same registration number, or no number on one side. The same name with another number is a conflict
   * (two producers cannot share a name: products name their producer).
   *
   * @example index.match({ name: 'htx miến dong', registrationNumber: '' }) → { kind: 'same', producer: … }
   */
  match(candidate: { readonly name: string; readonly registrationNumber: string }): ProducerMatch {
    const sameName = this.byName.get(nameKey(candidate.name)) ?? [];
    const number = registrationKey(candidate.registrationNumber);
    const same = sameName.find((p) => {
      const other = registrationKey(p.registrationNumber);
      return other === number || other === '' || number === '';
    });
    if (same) return { kind: 'same', producer: same };
    const conflict = sameName[0];
    return conflict ? { kind: 'conflict', producer: conflict } : null;
  }

  /** The producers a product row's "Tên chủ thể" cell may mean: by name, else by registration number. */
  named(text: string): readonly KnownProducer[] {
    const byName = this.byName.get(nameKey(text));
    if (byName && byName.length > 0) return byName;
    return this.byNumber.get(registrationKey(text)) ?? [];
  }
}

/** The workspace's products by code and by name and producer, for matching imported rows. */
export class ProductIndex {
  private readonly byCode = new Map<string, KnownProduct>();
  private readonly byNameAndProducer = new Map<string, KnownProduct>();

  constructor(known: Iterable<KnownProduct> = []) {
    for (const product of known) this.add(product);
  }

  add(product: KnownProduct): void {
    if (product.code !== '' && !this.byCode.has(product.code)) this.byCode.set(product.code, product);
    const key = productKey(product.name, product.producerId);
    if (!this.byNameAndProducer.has(key)) this.byNameAndProducer.set(key, product);
  }

  /**
   * Whether an imported product is one the workspace has: by code when it has one (the same code on
   * another product is a clash), otherwise by name and producer.
   *
   * @example index.match({ name: 'Miến dong', code: '12-03637-1-2025', producerId: 'p1' }) → { kind: 'same', … }
   */
  match(candidate: { readonly name: string; readonly code: string; readonly producerId: string | null }): ProductMatch {
    const sameProduct = (p: KnownProduct) =>
      candidate.producerId !== null &&
      productKey(p.name, p.producerId) === productKey(candidate.name, candidate.producerId);
    if (candidate.code !== '') {
      const byCode = this.byCode.get(candidate.code);
      if (byCode)
        return sameProduct(byCode) ? { kind: 'same', product: byCode } : { kind: 'code-taken', product: byCode };
    }
    if (candidate.producerId === null) return null;
    const byName = this.byNameAndProducer.get(productKey(candidate.name, candidate.producerId));
    return byName ? { kind: 'same', product: byName } : null;
  }
}

function productKey(name: string, producerId: string): string {
  return `${producerId}\u0000${nameKey(name)}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
