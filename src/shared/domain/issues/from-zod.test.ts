import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { producerSchema } from '../workspace/producer.schema';
import { issuesFromZod } from './from-zod';

function issuesOf(schema: z.ZodType, input: unknown) {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('expected a failure');
  return issuesFromZod(parsed.error);
}

describe('issuesFromZod', () => {
  it('maps zod codes to schema.* keys with their limits', () => {
    const schema = z.strictObject({ n: z.number().max(5), s: z.string().min(2), e: z.enum(['a', 'b']) });
    expect(issuesOf(schema, { n: 9, s: 'x', e: 'c', extra: 1 })).toEqual([
      { key: 'schema.tooBig.number', path: ['n'], params: { maximum: 5 } },
      { key: 'schema.tooSmall.length', path: ['s'], params: { minimum: 2 } },
      { key: 'schema.invalidValue', path: ['e'], params: { values: '"a" | "b"' } },
      { key: 'schema.unknownKeys', path: [], params: { keys: 'extra' } },
    ]);
  });

  it('keeps the form.* message a workspace field names, with its limit', () => {
    const issues = issuesOf(producerSchema.pick({ name: true, phone: true, communeCode: true }), {
      name: 'x'.repeat(301),
      phone: '12345',
      communeCode: '123',
    });
    expect(issues).toEqual([
      { key: 'form.tooLong', path: ['name'], params: { maximum: 300 } },
      { key: 'form.phone', path: ['phone'], params: {} },
      { key: 'form.communeCode', path: ['communeCode'], params: {} },
    ]);
  });

  it('says a missing required text is required, not of the wrong type', () => {
    expect(issuesOf(producerSchema.pick({ name: true }), {})).toEqual([
      { key: 'form.required', path: ['name'], params: {} },
    ]);
    expect(issuesOf(producerSchema.pick({ name: true }), { name: '   ' })).toEqual([
      { key: 'form.required', path: ['name'], params: {} },
    ]);
  });

  it('prefixes the path it is given', () => {
    expect(issuesOf(z.strictObject({ a: z.boolean() }), { a: 1 })).toHaveLength(1);
    const parsed = z.strictObject({ a: z.boolean() }).safeParse({ a: 1 });
    if (parsed.success) throw new Error('expected a failure');
    expect(issuesFromZod(parsed.error, ['rows', 3])[0]?.path).toEqual(['rows', 3, 'a']);
  });
});
