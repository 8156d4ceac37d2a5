import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROFILE_IDS } from '../../domain/profiles/process-profiles';
import { PRODUCT_STATUSES } from '../../domain/scoring/compute-results';
import { en } from './en';
import { vi } from './vi';

/** Every leaf of a catalogue as [dotted key, text]. */
function leaves(node: unknown, prefix = ''): [string, unknown][] {
  if (typeof node !== 'object' || node === null) return [[prefix, node]];
  return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix === '' ? key : `${prefix}.${key}`));
}

function lookup(catalogue: unknown, key: string): unknown {
  let node: unknown = catalogue;
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  return node;
}

function placeholders(text: unknown): string[] {
  return typeof text === 'string' ? [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort() : [];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return file.endsWith('.ts') && !file.endsWith('.test.ts') ? [file] : [];
  });
}

/** The issue keys the domain and the pack store can produce, read from their source. */
function producedIssueKeys(): string[] {
  const keys = new Set<string>();
  for (const file of [...sourceFiles('src/shared/domain'), ...sourceFiles('src/main')]) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/issue\(\s*'([\w.]+)'/g)) keys.add(match[1] ?? '');
    for (const match of text.matchAll(/'(session\.[a-zA-Z]+)'/g)) keys.add(match[1] ?? '');
    for (const match of text.matchAll(/`(schema\.\w+)\.\$\{/g)) {
      keys.add(`${match[1]}.number`);
      keys.add(`${match[1]}.length`);
    }
  }
  return [...keys].sort();
}

describe('the message catalogues', () => {
  const viLeaves = leaves(vi);
  const enLeaves = leaves(en);

  it('have exactly the same keys in Vietnamese and English', () => {
    expect(enLeaves.map(([key]) => key).sort()).toEqual(viLeaves.map(([key]) => key).sort());
    expect(viLeaves.length).toBeGreaterThan(200);
  });

  it('hold a non-empty text at every key', () => {
    for (const [key, text] of [...viLeaves, ...enLeaves]) {
      expect(typeof text, key).toBe('string');
      expect((text as string).trim().length, key).toBeGreaterThan(0);
    }
  });

  it('use the same {{placeholders}} in both languages', () => {
    for (const [key, text] of viLeaves) expect(placeholders(lookup(en, key)), key).toEqual(placeholders(text));
  });

  it('have a message for every issue key the domain and the pack store produce', () => {
    const produced = producedIssueKeys();
    expect(produced).toContain('session.unknownCriterion');
    expect(produced).toContain('schema.tooSmall.number');
    expect(produced).toContain('rubric.sameVersion');
    for (const key of produced) {
      expect(typeof lookup(vi, `issue.${key}`), `vi issue.${key}`).toBe('string');
      expect(typeof lookup(en, `issue.${key}`), `en issue.${key}`).toBe('string');
    }
  });

  it('name every product status, certificate status, profile, authority and role', () => {
    const statuses = PRODUCT_STATUSES;
    const needed = [
      ...statuses.map((s) => `status.${s}`),
      ...['valid', 're-evaluation-window', 'expired', 'grace', 'revoked'].map((s) => `certificateStatus.${s}`),
      ...PROFILE_IDS.map((p) => `profile.${p}`),
      ...['district-committee', 'province-chair', 'ministry', 'none'].map((a) => `authority.${a}`),
      ...['chair', 'vice-chair', 'member', 'secretary'].map((r) => `role.${r}`),
      ...['A', 'B', 'C'].map((p) => `part.${p}`),
    ];
    for (const key of needed) {
      expect(typeof lookup(vi, key), `vi ${key}`).toBe('string');
      expect(typeof lookup(en, key), `en ${key}`).toBe('string');
    }
  });
});
