import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRubricPack } from '../../src/shared/domain/rubric/parse-rubric-pack';
import type { RubricPack } from '../../src/shared/domain/rubric/rubric-pack.schema';

const PACKS_DIR = path.resolve(__dirname, '..', '..', 'resources', 'rubric-packs');

/** A rubric pack shipped in resources/rubric-packs ("26-2026.json"), read and validated once. */
export function loadBundledPack(file: string): RubricPack {
  const parsed = parseRubricPack(JSON.parse(readFileSync(path.join(PACKS_DIR, file), 'utf8')));
  if (!parsed.ok) throw new Error(`bundled pack ${file} is invalid: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
  return parsed.value;
}
