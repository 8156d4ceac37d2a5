import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { issue, type DomainIssue } from '../../shared/domain/issues/domain-issue';
import {
  applySetFile,
  parseRubricPack,
  parseRubricSetFile,
  rubricFileKind,
} from '../../shared/domain/rubric/parse-rubric-pack';
import type { RubricPack } from '../../shared/domain/rubric/rubric-pack.schema';
import { summarisePack, type PackSummary } from '../../shared/domain/rubric/pack-summary';

/** Largest rubric file accepted for import (the bundled packs are under 1 MB). */
export const MAX_PACK_FILE_BYTES = 20 * 1024 * 1024;

export type ImportOutcome = { status: 'imported'; pack: PackSummary } | { status: 'rejected'; issues: DomainIssue[] };

/**
 * The rubric packs on disk: the bundled ones (read-only, shipped in resources/rubric-packs) and the ones
 * the user imported (in the app's data folder). Every version of a pack is kept, so a session scored with
 * an older version still renders as it was scored.
 */
export class PackStore {
  private readonly packs: RubricPack[] = [];
  private readonly bundled = new Set<string>();

  constructor(private readonly dirs: { bundledDir: string; userDir?: string | undefined }) {
    for (const pack of readPackDir(dirs.bundledDir, true)) {
      this.packs.push(pack);
      this.bundled.add(versionKey(pack));
    }
    if (dirs.userDir) this.packs.push(...readPackDir(dirs.userDir, false));
  }

  /** The newest version of each pack id, the regulation in force most recently first. */
  latest(): RubricPack[] {
    const byId = new Map<string, RubricPack>();
    for (const pack of this.packs) {
      const current = byId.get(pack.id);
      if (!current || pack.version > current.version) byId.set(pack.id, pack);
    }
    return [...byId.values()].sort(
      (a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom) || a.id.localeCompare(b.id),
    );
  }

  summaries(): PackSummary[] {
    return this.latest().map((pack) =>
      summarisePack(pack, {
        bundled: this.bundled.has(versionKey(pack)),
        versions: this.packs.filter((p) => p.id === pack.id).map((p) => p.version),
      }),
    );
  }

  /** A pack by id, at `version` or the newest. */
  get(id: string, version?: number): RubricPack | undefined {
    if (version !== undefined) return this.packs.find((p) => p.id === id && p.version === version);
    return this.latest().find((p) => p.id === id);
  }

  /**
   * Imports a rubric file's text: a whole pack (a new id, or a higher version of one), or one completed
   * set that makes a new version of its pack. Nothing is written unless the file is valid.
   */
  import(text: string, importedAt: string): ImportOutcome {
    return this.add(text, importedAt, true);
  }

  /** As `import`, for this run only (the CLI's `--pack-file`): nothing is written to disk. */
  importInMemory(text: string, importedAt: string): ImportOutcome {
    return this.add(text, importedAt, false);
  }

  private add(text: string, importedAt: string, persist: boolean): ImportOutcome {
    const prepared = this.prepare(text, importedAt);
    if ('issues' in prepared) return { status: 'rejected', issues: prepared.issues };
    const { pack } = prepared;
    if (persist) this.save(pack);
    this.packs.push(pack);
    return { status: 'imported', pack: this.summaries().find((s) => s.id === pack.id) ?? summarisePack(pack) };
  }

  private prepare(text: string, importedAt: string): { pack: RubricPack } | { issues: DomainIssue[] } {
    if (text.length > MAX_PACK_FILE_BYTES) {
      const size = Math.ceil(text.length / 1024 / 1024);
      return only(issue('rubric.tooLarge', [], { size, max: MAX_PACK_FILE_BYTES / 1024 / 1024 }));
    }
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch (error) {
      return only(issue('json', [], { detail: error instanceof Error ? error.message : String(error) }));
    }
    const kind = rubricFileKind(input);
    let pack: RubricPack;
    if (kind === 'pack') {
      const parsed = parseRubricPack(input);
      if (!parsed.ok) return { issues: parsed.issues };
      pack = parsed.value;
    } else if (kind === 'set') {
      const packId = (input as { pack?: unknown }).pack;
      const base = typeof packId === 'string' ? this.get(packId) : undefined;
      if (!base) return only(issue('rubric.unknownBase', ['pack'], { pack: String(packId) }));
      const parsed = parseRubricSetFile(input, base);
      if (!parsed.ok) return { issues: parsed.issues };
      pack = applySetFile(base, parsed.value, importedAt);
    } else {
      return only(issue('rubric.unknownFormat', ['format']));
    }
    if (this.get(pack.id, pack.version)) {
      return only(issue('rubric.sameVersion', ['version'], { id: pack.id, version: pack.version }));
    }
    return { pack };
  }

  private save(pack: RubricPack): void {
    const dir = this.dirs.userDir;
    if (!dir) throw new Error('this pack store has no folder for imported packs');
    mkdirSync(dir, { recursive: true });
    // The id is encoded, not squashed: "26/2026" and "26-2026" must never share a file.
    const file = path.join(dir, `${encodeURIComponent(pack.id)}@${pack.version}.json`);
    if (existsSync(file)) throw new Error(`${file} already exists; an imported pack is never overwritten`);
    // Write beside, then rename: a crash leaves either the old state or the whole new file.
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(pack));
    renameSync(temporary, file);
  }
}

function only(found: DomainIssue): { issues: DomainIssue[] } {
  return { issues: [found] };
}

function versionKey(pack: RubricPack): string {
  return `${pack.id}@${pack.version}`;
}

function readPackDir(dir: string, mustBeValid: boolean): RubricPack[] {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort();
  } catch {
    if (mustBeValid) throw new Error(`the bundled rubric packs are missing: ${dir}`);
    return [];
  }
  const packs: RubricPack[] = [];
  for (const name of names) {
    let input: unknown;
    try {
      input = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
    } catch (error) {
      if (mustBeValid) throw error;
      continue; // a damaged imported file is skipped; the bundled packs still load
    }
    const parsed = parseRubricPack(input);
    if (parsed.ok) packs.push(parsed.value);
    else if (mustBeValid)
      throw new Error(`bundled rubric pack ${name} is invalid: ${JSON.stringify(parsed.issues[0])}`);
  }
  return packs;
}
