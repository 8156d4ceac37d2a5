import { readFileSync } from 'node:fs';
import { formatIssuePath } from '../../src/shared/domain/issues/domain-issue';
import { parseRubricPack } from '../../src/shared/domain/rubric/parse-rubric-pack';
import type { BUNDLED_PACKS } from './bundled-packs';
import { convertCatalogue, type SourceCatalogue } from './convert-catalogue';

/** The pack file text for one bundled pack, validated; throws with every rule it breaks. */
export function renderBundledPack(entry: (typeof BUNDLED_PACKS)[number], root = '.'): string {
  const catalogue = JSON.parse(readFileSync(`${root}/${entry.source}`, 'utf8')) as SourceCatalogue;
  const pack = convertCatalogue(catalogue, entry.identity);
  const checked = parseRubricPack(pack);
  if (!checked.ok) {
    const lines = checked.issues.map((i) => `${formatIssuePath(i.path)}: ${i.key} ${JSON.stringify(i.params)}`);
    throw new Error(`${entry.source} does not make a valid pack:\n${lines.join('\n')}`);
  }
  return `${JSON.stringify(pack, null, 1)}\n`;
}
