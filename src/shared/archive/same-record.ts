/**
 * A record as JSON text with its object keys sorted, so that two copies of a record compare equal whatever
 * order their keys were written in (IndexedDB keeps the writer's order, a schema parse its own order).
 * Keys whose value is `undefined` are left out, as JSON does.
 *
 * @example canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] }) === '{"a":[{"c":3,"d":2}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sorted(value));
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const field = (value as Record<string, unknown>)[key];
    if (field !== undefined) out[key] = sorted(field);
  }
  return out;
}

/** Whether two records hold the same content (see canonicalJson). */
export function sameRecord(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * Orders primary keys the way IndexedDB does for strings and numbers (numbers first, then strings by
 * UTF-16 code units), so that merged tables list records in the order an export of the database would.
 */
export function compareKeys(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
