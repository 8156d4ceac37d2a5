import { cellText, nameKey, registrationKey } from './cell-text';
import { ProducerIndex, ProductIndex, type KnownProducer, type KnownProduct } from './matching';
import { readProducerRow, type ProducerDraft } from './read-producer-row';
import { readProductRow } from './read-product-row';
import { rowProblem } from './row-issues';
import type { RawRow, RowIssue, RowIssueKind } from './workbook-rows';

/** A product's producer: one the workspace has, or a new one from a row of the "Chủ thể" sheet. */
export type ProducerRef =
  { readonly kind: 'existing'; readonly id: string } | { readonly kind: 'file'; readonly row: number };

/** A product as it will be written, but for its id, producer and timestamps. */
export interface ProductDraft {
  readonly name: string;
  readonly productSet: number;
  readonly code: string;
  readonly description: string;
}

/** new: will be added; existing: the workspace has it already (skipped); invalid: has issues. */
export type LineStatus = 'new' | 'existing' | 'invalid';

export interface ProducerLine {
  readonly row: number;
  /** The row's name and registration number as written (also on an invalid row: products name it). */
  readonly name: string;
  readonly registrationNumber: string;
  readonly status: LineStatus;
  readonly draft: ProducerDraft | null;
  readonly existingId: string | null;
  readonly issues: readonly RowIssue[];
}

export interface ProductLine {
  readonly row: number;
  readonly status: LineStatus;
  readonly draft: ProductDraft | null;
  readonly producer: ProducerRef | null;
  readonly existingId: string | null;
  readonly issues: readonly RowIssue[];
}

/** Every row of an import file checked against the file and the workspace; nothing written yet. */
export interface ImportPlan {
  readonly producers: readonly ProducerLine[];
  readonly products: readonly ProductLine[];
  /** Every issue, producers first, then by row and column. */
  readonly issues: readonly RowIssue[];
}

export interface KnownRecords {
  readonly producers: readonly KnownProducer[];
  readonly products: readonly KnownProduct[];
}

function status(issues: readonly RowIssue[], existingId: string | null): LineStatus {
  return issues.length > 0 ? 'invalid' : existingId !== null ? 'existing' : 'new';
}

function checkProducers(rows: readonly RawRow[], known: ProducerIndex): ProducerLine[] {
  const firstOfName = new Map<string, number>();
  const firstOfNumber = new Map<string, number>();
  return rows.map((raw) => {
    const reading = readProducerRow(raw);
    const issues = [...reading.issues];
    const name = cellText(raw.cells.name);
    if (name !== '') {
      const first = firstOfName.get(nameKey(name));
      if (first === undefined) firstOfName.set(nameKey(name), raw.row);
      else issues.push(rowProblem('producers', raw.row, 'name', 'duplicateProducer', { other: first }));
    }
    const registrationNumber = cellText(raw.cells.registrationNumber);
    const number = registrationKey(registrationNumber);
    if (number !== '') {
      const first = firstOfNumber.get(number);
      if (first === undefined) firstOfNumber.set(number, raw.row);
      else
        issues.push(rowProblem('producers', raw.row, 'registrationNumber', 'duplicateRegistration', { other: first }));
    }
    let existingId: string | null = null;
    const match = reading.value ? known.match(reading.value) : null;
    if (match?.kind === 'same') existingId = match.producer.id;
    if (match?.kind === 'conflict') {
      issues.push(
        rowProblem('producers', raw.row, 'registrationNumber', 'producerConflict', {
          name: match.producer.name,
          registration: match.producer.registrationNumber,
        }),
      );
    }
    const line = { row: raw.row, name, registrationNumber, draft: reading.value, existingId, issues };
    return { ...line, status: status(issues, existingId) };
  });
}

type Resolved = { ref: ProducerRef } | { kind: RowIssueKind; params: Record<string, string | number> };

/** Which producer a product row's "Tên chủ thể" cell names: a row of the file first, then the workspace. */
function producerResolver(lines: readonly ProducerLine[], known: ProducerIndex): (text: string) => Resolved {
  const byName = new Map<string, ProducerLine>();
  const byNumber = new Map<string, ProducerLine>();
  for (const line of lines) {
    if (line.name !== '' && !byName.has(nameKey(line.name))) byName.set(nameKey(line.name), line);
    const number = registrationKey(line.registrationNumber);
    if (number !== '' && !byNumber.has(number)) byNumber.set(number, line);
  }
  return (text): Resolved => {
    const line = byName.get(nameKey(text)) ?? byNumber.get(registrationKey(text));
    if (line) {
      if (line.status === 'invalid') return { kind: 'producerRowInvalid', params: { row: line.row } };
      return {
        ref: line.existingId !== null ? { kind: 'existing', id: line.existingId } : { kind: 'file', row: line.row },
      };
    }
    const candidates = known.named(text);
    const [only] = candidates;
    if (candidates.length === 1 && only) return { ref: { kind: 'existing', id: only.id } };
    return { kind: candidates.length > 1 ? 'ambiguousProducer' : 'unknownProducer', params: { value: text } };
  };
}

function refKey(ref: ProducerRef): string {
  return ref.kind === 'existing' ? `id:${ref.id}` : `row:${ref.row}`;
}

function checkProducts(
  rows: readonly RawRow[],
  resolve: (text: string) => Resolved,
  known: ProductIndex,
): ProductLine[] {
  const firstOfCode = new Map<string, number>();
  const firstOfProduct = new Map<string, number>();
  return rows.map((raw) => {
    const reading = readProductRow(raw);
    const issues = [...reading.issues];
    const producerText = cellText(raw.cells.producer);
    let producer: ProducerRef | null = null;
    if (producerText !== '') {
      const resolved = resolve(producerText);
      if ('ref' in resolved) producer = resolved.ref;
      else issues.push(rowProblem('products', raw.row, 'producer', resolved.kind, resolved.params));
    }
    const code = cellText(raw.cells.code);
    if (code !== '') {
      const first = firstOfCode.get(code);
      if (first === undefined) firstOfCode.set(code, raw.row);
      else issues.push(rowProblem('products', raw.row, 'code', 'duplicateCode', { other: first }));
    }
    let existingId: string | null = null;
    const draft = reading.value;
    if (draft && producer) {
      const key = `${refKey(producer)}\u0000${nameKey(draft.name)}`;
      const first = firstOfProduct.get(key);
      if (first === undefined) firstOfProduct.set(key, raw.row);
      else issues.push(rowProblem('products', raw.row, 'name', 'duplicateProduct', { other: first }));
      const match = known.match({ ...draft, producerId: producer.kind === 'existing' ? producer.id : null });
      if (match?.kind === 'same') existingId = match.product.id;
      if (match?.kind === 'code-taken') {
        issues.push(
          rowProblem('products', raw.row, 'code', 'codeTaken', { code: draft.code, product: match.product.name }),
        );
      }
    }
    const value = draft && {
      name: draft.name,
      productSet: draft.productSet,
      code: draft.code,
      description: draft.description,
    };
    return { row: raw.row, status: status(issues, existingId), draft: value, producer, existingId, issues };
  });
}

/**
 * Checks every row of an import file, each on its own (required cells, words, codes, numbers) and against
 * the others and the workspace: a producer named twice, a registration number used twice, a product code
 * used twice or already taken, a product naming a producer that is nowhere (or whose row has errors).
 * Rows the workspace already has are marked existing, so importing a file twice adds nothing twice.
 *
 * @example validateImport({ producers: [row 2: HTX Bình Lư], products: [row 2: set 27] }, empty)
 *   → products[0].issues = [{ sheet: 'products', row: 2, column: 'productSet', key: 'exchange.issue.productSet' }]
 */
export function validateImport(
  sheets: { readonly producers: readonly RawRow[]; readonly products: readonly RawRow[] },
  workspace: KnownRecords,
): ImportPlan {
  const knownProducers = new ProducerIndex(workspace.producers);
  const producers = checkProducers(sheets.producers, knownProducers);
  const products = checkProducts(
    sheets.products,
    producerResolver(producers, knownProducers),
    new ProductIndex(workspace.products),
  );
  const issues = [...producers.flatMap((line) => line.issues), ...products.flatMap((line) => line.issues)];
  return { producers, products, issues };
}
