import { issue, type DomainIssue } from '../domain/issues/domain-issue';

/** Keys that reach or shadow an object's prototype machinery when a parsed file is copied or merged. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

interface Visit {
  readonly value: object;
  readonly parent: Visit | null;
  readonly key: string | number | null;
}

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Visit | null = visit; at !== null && at.key !== null; at = at.parent) path.unshift(at.key);
  return path;
}

/**
 * Every object of a parsed JSON file that has a prototype key of its own (`__proto__`, `constructor`,
 * `prototype`), as `schema.unknownKeys` at that object. The schema cannot catch them all: a record
 * (`z.record`) accepts `constructor` as a key and silently drops `__proto__`, so a file could carry them
 * into the database, or lose data without a word.
 *
 * @example prototypeKeyIssues(JSON.parse('{"a":{"__proto__":{"x":1}}}'), 100) →
 *   [{ key: 'schema.unknownKeys', path: ['a'], params: { keys: '__proto__' } }]
 */
export function prototypeKeyIssues(input: unknown, limit: number): DomainIssue[] {
  const found: DomainIssue[] = [];
  if (typeof input !== 'object' || input === null) return found;
  const stack: Visit[] = [{ value: input, parent: null, key: null }];
  while (stack.length > 0 && found.length < limit) {
    const visit = stack.pop() as Visit;
    if (Array.isArray(visit.value)) {
      visit.value.forEach((item: unknown, index) => {
        if (typeof item === 'object' && item !== null) stack.push({ value: item, parent: visit, key: index });
      });
      continue;
    }
    const record = visit.value as Record<string, unknown>;
    const keys = Object.keys(record);
    const bad = keys.filter((key) => PROTOTYPE_KEYS.has(key));
    if (bad.length > 0) found.push(issue('schema.unknownKeys', pathOf(visit), { keys: bad.join(', ') }));
    for (const key of keys) {
      const item = record[key];
      if (typeof item === 'object' && item !== null) stack.push({ value: item, parent: visit, key });
    }
  }
  return found;
}
