import { issue } from '../../../shared/domain/issues/domain-issue';
import { searchWords } from '../../../shared/domain/text/search-words';
import { producerSchema, type Producer, type ProducerType } from '../../../shared/domain/workspace/producer.schema';
import type { ProducerRecord } from './records';
import { refused, validated, type RepositoryContext, type SaveResult } from './repository-context';
import { findByWords } from './search';

export type ProducerInput = Omit<Producer, 'id' | 'createdAt' | 'updatedAt'> & { id?: string | undefined };

function toProducer({ searchWords: _words, ...producer }: ProducerRecord): Producer {
  return producer;
}

/** Producers (chủ thể). */
export class ProducersRepository {
  constructor(private readonly ctx: RepositoryContext) {}

  async get(id: string): Promise<Producer | null> {
    const record = await this.ctx.db.producers.get(id);
    return record ? toProducer(record) : null;
  }

  async count(): Promise<number> {
    return this.ctx.db.producers.count();
  }

  /** Producers whose name, representative, address or registration number matches the query. */
  async search(query: string, filters: { type?: ProducerType | undefined } = {}, limit = 200): Promise<Producer[]> {
    const records = await findByWords(this.ctx.db.producers, query, (p) => !filters.type || p.type === filters.type);
    return records
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
      .slice(0, limit)
      .map(toProducer);
  }

  /** Every producer's id and name, by name: what a producer choice offers. */
  async names(): Promise<{ id: string; name: string }[]> {
    const records = await this.ctx.db.producers.toArray();
    return records.map(({ id, name }) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  }

  async save(input: ProducerInput): Promise<SaveResult<Producer>> {
    const existing = input.id ? await this.ctx.db.producers.get(input.id) : undefined;
    if (input.id && !existing) return refused([issue('form.notFound', ['id'])]);
    const now = this.ctx.now().toISOString();
    const result = validated(producerSchema, {
      ...input,
      id: existing?.id ?? this.ctx.newId(),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    if (!result.ok) return result;
    const producer = result.value;
    await this.ctx.db.transaction('rw', this.ctx.db.producers, this.ctx.db.products, async () => {
      await this.ctx.db.producers.put({ ...producer, searchWords: producerWords(producer) });
      // Products are found by their producer's name too: keep their words in step with a rename.
      if (existing && existing.name !== producer.name) {
        await this.ctx.db.products
          .where('producerId')
          .equals(producer.id)
          .modify((product) => {
            product.searchWords = searchWords(product.name, product.code, producer.name);
          });
      }
    });
    return result;
  }
}

export function producerWords(producer: Producer): string[] {
  return searchWords(producer.name, producer.representative.name, producer.address, producer.registrationNumber);
}
