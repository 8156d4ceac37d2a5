import type { z } from 'zod';
import { issue, type DomainIssue } from './domain-issue';

/**
 * Zod's structural findings as domain issues (`schema.<code>`), so they reach the user in their language
 * with the same path notation as every other issue.
 */
export function issuesFromZod(error: z.ZodError, at: readonly (string | number)[] = []): DomainIssue[] {
  return error.issues.map((found) => {
    const path = [...at, ...found.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    // Workspace schemas name their message by i18n key (`form.required`, …): keep it.
    if (found.message.startsWith('form.')) {
      const maximum = 'maximum' in found ? Number(found.maximum) : undefined;
      return issue(found.message, path, maximum === undefined ? {} : { maximum });
    }
    switch (found.code) {
      case 'invalid_type':
        return issue('schema.invalidType', path, { expected: found.expected });
      case 'too_small':
        return issue(`schema.tooSmall.${found.origin === 'number' ? 'number' : 'length'}`, path, {
          minimum: Number(found.minimum),
        });
      case 'too_big':
        return issue(`schema.tooBig.${found.origin === 'number' ? 'number' : 'length'}`, path, {
          maximum: Number(found.maximum),
        });
      case 'unrecognized_keys':
        return issue('schema.unknownKeys', path, { keys: found.keys.join(', ') });
      case 'invalid_value':
        return issue('schema.invalidValue', path, { values: found.values.map((v) => JSON.stringify(v)).join(' | ') });
      case 'invalid_format':
        return issue('schema.invalidFormat', path, { format: found.format });
      case 'not_multiple_of':
        return issue('schema.invalidType', path, { expected: 'integer' });
      default:
        return issue('schema.invalid', path, { detail: found.message });
    }
  });
}
