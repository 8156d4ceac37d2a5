import type { IsoDate } from '../../../shared/domain/dates/iso-date';
import type { ExportData } from '../../../shared/domain/exchange/export-data';
import type { ImportBatch } from '../../../shared/domain/exchange/import-selection';
import { ProducerIndex, ProductIndex } from '../../../shared/domain/exchange/matching';
import type { KnownRecords } from '../../../shared/domain/exchange/validate-import';
import { rowIssuesFromZod, rowProblem } from '../../../shared/domain/exchange/row-issues';
import type { RowIssue } from '../../../shared/domain/exchange/workbook-rows';
import { searchWords } from '../../../shared/domain/text/search-words';
import { producerSchema, type Producer } from '../../../shared/domain/workspace/producer.schema';
import { productSchema } from '../../../shared/domain/workspace/product.schema';
import { producerWords } from './producers.repository';
import type { RepositoryContext } from './repository-context';

/** What an import added, and what it found already there. */
export interface ImportSummary {
  readonly producersAdded: number;
  readonly productsAdded: number;
  readonly producersExisting: number;
  readonly productsExisting: number;
}

/** An import's outcome: what it wrote, or why it wrote nothing (row by row). */
export type ImportResult = { ok: true; value: ImportSummary } | { ok: false; issues: RowIssue[] };

/** Thrown inside the import's transaction to undo it; carries why. */
class ImportRefused extends Error {
  constructor(readonly issues: RowIssue[]) {
    super('import refused');
  }
}

/** Data in bulk: what an Excel import is checked against, the import itself, and an export's records. */
export class ExchangeRepository {
  constructor(private readonly ctx: RepositoryContext) {}

  /** The producers and products an import file is compared with (names, numbers, codes). */
  async known(): Promise<KnownRecords> {
    const { db } = this.ctx;
    return db.transaction('r', db.producers, db.products, async () => {
      const [producers, products] = await Promise.all([db.producers.toArray(), db.products.toArray()]);
      return {
        producers: producers.map(({ id, name, registrationNumber }) => ({ id, name, registrationNumber })),
        products: products.map(({ id, name, code, producerId }) => ({ id, name, code, producerId })),
      };
    });
  }

  /**
   * Writes an import's new producers and products in ONE transaction: all of them or, on any failure,
   * none. Each record is checked again with its schema, and against the database as it is now: a producer
   * or product that is already there (matched as the preview matched it) is skipped, not written twice,
   * so importing the same file twice adds nothing the second time.
   */
  async importProducersAndProducts(batch: ImportBatch): Promise<ImportResult> {
    const { db } = this.ctx;
    try {
      const summary = await db.transaction('rw', db.producers, db.products, async () => {
        const now = this.ctx.now().toISOString();
        const [producerRecords, productRecords] = await Promise.all([db.producers.toArray(), db.products.toArray()]);
        const producers = new ProducerIndex(producerRecords);
        const products = new ProductIndex(productRecords);
        const names = new Map<string, string>(producerRecords.map((p) => [p.id, p.name]));
        const idOfRow = new Map<number, string>();
        let producersAdded = 0;
        let producersExisting = 0;
        for (const { row, draft } of batch.producers) {
          const match = producers.match(draft);
          if (match?.kind === 'same') {
            idOfRow.set(row, match.producer.id);
            producersExisting += 1;
            continue;
          }
          if (match?.kind === 'conflict') {
            const { name, registrationNumber: registration } = match.producer;
            throw new ImportRefused([
              rowProblem('producers', row, 'registrationNumber', 'producerConflict', { name, registration }),
            ]);
          }
          const parsed = producerSchema.safeParse({ ...draft, id: this.ctx.newId(), createdAt: now, updatedAt: now });
          if (!parsed.success) throw new ImportRefused(rowIssuesFromZod('producers', row, parsed.error));
          const producer: Producer = parsed.data;
          await db.producers.add({ ...producer, searchWords: producerWords(producer) });
          producers.add(producer);
          names.set(producer.id, producer.name);
          idOfRow.set(row, producer.id);
          producersAdded += 1;
        }
        let productsAdded = 0;
        let productsExisting = 0;
        for (const { row, draft, producer } of batch.products) {
          const producerId = producer.kind === 'existing' ? producer.id : idOfRow.get(producer.row);
          const producerName = producerId === undefined ? undefined : names.get(producerId);
          if (producerId === undefined || producerName === undefined) {
            throw new ImportRefused([rowProblem('products', row, 'producer', 'unknownProducer', { value: '' })]);
          }
          const match = products.match({ ...draft, producerId });
          if (match?.kind === 'same') {
            productsExisting += 1;
            continue;
          }
          if (match?.kind === 'code-taken') {
            const { name: product } = match.product;
            throw new ImportRefused([rowProblem('products', row, 'code', 'codeTaken', { code: draft.code, product })]);
          }
          const parsed = productSchema.safeParse({
            ...draft,
            producerId,
            id: this.ctx.newId(),
            createdAt: now,
            updatedAt: now,
          });
          if (!parsed.success) throw new ImportRefused(rowIssuesFromZod('products', row, parsed.error));
          const product = parsed.data;
          await db.products.add({ ...product, searchWords: searchWords(product.name, product.code, producerName) });
          products.add(product);
          productsAdded += 1;
        }
        return { producersAdded, productsAdded, producersExisting, productsExisting };
      });
      return { ok: true, value: summary };
    } catch (error) {
      if (error instanceof ImportRefused) return { ok: false, issues: error.issues };
      throw error;
    }
  }

  /** Every register as one consistent read, for an export to Excel (search words left out). */
  async exportData(today: IsoDate): Promise<ExportData> {
    const { db } = this.ctx;
    const tables = [
      db.councils,
      db.members,
      db.producers,
      db.products,
      db.dossiers,
      db.rounds,
      db.certificates,
      db.revocations,
      db.planTargets,
    ];
    return db.transaction('r', tables, async () => {
      const [council, members, producers, products, dossiers, rounds, certificates, revocations, planTargets] =
        await Promise.all([
          db.councils.toCollection().first(),
          db.members.toArray(),
          db.producers.toArray(),
          db.products.toArray(),
          db.dossiers.toArray(),
          db.rounds.toArray(),
          db.certificates.toArray(),
          db.revocations.toArray(),
          db.planTargets.toArray(),
        ]);
      return {
        today,
        council: council ?? null,
        members,
        producers: producers.map(({ searchWords: _words, ...producer }) => producer),
        products: products.map(({ searchWords: _words, ...product }) => product),
        dossiers,
        rounds,
        certificates,
        revocations,
        planTargets,
      };
    });
  }
}
