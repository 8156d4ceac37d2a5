/**
 * Regenerates resources/rubric-packs/*.json from data/rubric-sources/criteria-*.json.
 * Usage: npm run packs:generate            (writes the packs)
 *        npm run packs:generate -- --check (exit 1 when a committed pack differs from its source)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { BUNDLED_PACKS } from './rubric-packs/bundled-packs';
import { renderBundledPack } from './rubric-packs/render-bundled-pack';

let stale = 0;
const check = process.argv.includes('--check');
for (const entry of BUNDLED_PACKS) {
  const rendered = renderBundledPack(entry);
  if (!check) {
    writeFileSync(entry.file, rendered);
    console.log(`${entry.file} ← ${entry.source}`);
  } else if (readFileSync(entry.file, 'utf8') !== rendered) {
    stale += 1;
    console.error(`${entry.file} differs from ${entry.source}; run npm run packs:generate`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
