import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatIssuePath, issue } from './domain-issue';
import { issuesFromZod } from './from-zod';

describe('formatIssuePath', () => {
  it('writes a path as a reader finds it in the file', () => {
    expect(formatIssuePath(['sheets', 3, 'choices', 'A-1.1'])).toBe('sheets[3].choices["A-1.1"]');
    expect(formatIssuePath(['council', 'members', 0, 'id'])).toBe('council.members[0].id');
    expect(formatIssuePath(['rubric'])).toBe('rubric');
  });

  it('writes nothing for the root and quotes a first key that is not a name', () => {
    expect(formatIssuePath([])).toBe('');
    expect(formatIssuePath(['A-9.9'])).toBe('["A-9.9"]');
    expect(formatIssuePath([2, 'id'])).toBe('[2].id');
  });
});

describe('issue', () => {
  it('builds an issue with empty params by default', () => {
    expect(issue('session.unknownPack', ['rubric'])).toEqual({
      key: 'session.unknownPack',
      path: ['rubric'],
      params: {},
    });
  });
});

describe('issuesFromZod', () => {
  const schema = z.strictObject({
    n: z.number().int().min(1).max(5),
    s: z.string().min(2).max(3),
    e: z.enum(['a', 'b']),
    d: z.iso.date(),
  });

  function keysOf(input: unknown): [string, (string | number)[]][] {
    const parsed = schema.safeParse(input);
    if (parsed.success) return [];
    return issuesFromZod(parsed.error, ['root']).map((i) => [i.key, [...i.path]]);
  }

  it('names each structural problem with a schema.* key under the given path', () => {
    expect(keysOf({ n: 0, s: 'x', e: 'c', d: '2025-02-30', extra: 1 })).toEqual([
      ['schema.tooSmall.number', ['root', 'n']],
      ['schema.tooSmall.length', ['root', 's']],
      ['schema.invalidValue', ['root', 'e']],
      ['schema.invalidFormat', ['root', 'd']],
      ['schema.unknownKeys', ['root']],
    ]);
    expect(keysOf({ n: 9, s: 'xxxx', e: 'a', d: '2025-02-28' })).toEqual([
      ['schema.tooBig.number', ['root', 'n']],
      ['schema.tooBig.length', ['root', 's']],
    ]);
    expect(keysOf({ n: 'one', s: 'xx', e: 'a', d: '2025-02-28' })).toEqual([['schema.invalidType', ['root', 'n']]]);
    expect(keysOf({ n: 1.5, s: 'xx', e: 'a', d: '2025-02-28' })).toEqual([['schema.invalidType', ['root', 'n']]]);
  });
});
