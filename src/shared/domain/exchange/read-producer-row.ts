import { communeCodeField, phoneField } from '../workspace/fields';
import { producerSchema, type Producer } from '../workspace/producer.schema';
import { cellText } from './cell-text';
import { RowChecker, type RowReading } from './row-checker';
import { PRODUCER_TYPE_WORDS, SEX_WORDS, wordValue, type ImportColumn } from './template-format';
import type { RawRow, RowIssueKind } from './workbook-rows';

/** A producer as a row gives it: every field of the record but its id and timestamps. */
export const producerDraftSchema = producerSchema.omit({ id: true, createdAt: true, updatedAt: true });
export type ProducerDraft = Omit<Producer, 'id' | 'createdAt' | 'updatedAt'>;

/**
 * A commune code cell: five digits, or empty. A number cell gets its leading zeros back (Excel drops
 * them when a code is typed into a general cell: 03637 becomes 3637).
 */
function communeCode(check: RowChecker): string {
  const cell = check.cell('communeCode');
  const value =
    typeof cell === 'number' && Number.isInteger(cell) && cell >= 0 && cell < 100000
      ? String(cell).padStart(5, '0')
      : cellText(cell);
  if (!communeCodeField.safeParse(value).success) check.report('communeCode', 'communeCode', { value });
  return value;
}

/** A phone cell; a number cell of nine digits gets its leading 0 back (typed into a general cell). */
function phone(check: RowChecker): string {
  const cell = check.cell('phone');
  const value =
    typeof cell === 'number' && Number.isInteger(cell) && String(cell).length === 9 ? `0${cell}` : cellText(cell);
  if (!phoneField.safeParse(value).success) check.report('phone', 'phone', { value });
  return value;
}

function word<V extends string>(
  check: RowChecker,
  column: ImportColumn,
  words: Readonly<Record<V, readonly string[]>>,
  kind: RowIssueKind,
): V | null {
  const text = cellText(check.cell(column));
  if (text === '') {
    check.report(column, 'required');
    return null;
  }
  const value = wordValue(words, text);
  if (value === null) check.report(column, kind, { value: text });
  return value;
}

/**
 * A row of the "Chủ thể" sheet as a producer draft, or every problem with it (one per column at most).
 *
 * @example readProducerRow({ row: 2, cells: { name: 'HTX Bình Lư', type: 'HTX', sex: 'Nữ', … } })
 *   → { value: { name: 'HTX Bình Lư', type: 'cooperative', representative: { sex: 'female', … }, … }, issues: [] }
 */
export function readProducerRow(raw: RawRow): RowReading<ProducerDraft> {
  const check = new RowChecker('producers', raw);
  const name = check.text('name', true, 300);
  const type = word(check, 'type', PRODUCER_TYPE_WORDS, 'producerType');
  const representative = check.text('representative', true, 120);
  const sex = word(check, 'sex', SEX_WORDS, 'sex');
  const ethnicity = check.text('ethnicity', true, 60);
  const address = check.text('address', true, 300);
  const draft = {
    name,
    type,
    representative: { name: representative, sex, ethnicity },
    address,
    communeCode: communeCode(check),
    phone: phone(check),
    registrationNumber: check.text('registrationNumber', false, 60),
  };
  const parsed = producerDraftSchema.safeParse(draft);
  if (!parsed.success) check.schemaIssues(parsed.error);
  return { value: check.issues.length === 0 && parsed.success ? parsed.data : null, issues: check.issues };
}
