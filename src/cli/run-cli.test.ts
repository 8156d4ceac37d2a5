import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { completed148Set11File, loadBundledPacks, setOf } from '../shared/domain/testing/load-packs';
import { maxChoices, members, product, sessionInput, sheet } from '../shared/domain/testing/session-builder';
import { runCli } from './run-cli';

const PACKS_DIR = path.resolve('resources/rubric-packs');
const FIXTURES = 'tests/fixtures/sessions';
const TAM_DUONG = `${FIXTURES}/tam-duong-2025-round1.session.json`;
const LAI_CHAU = `${FIXTURES}/lai-chau-2026-small.session.json`;
const { pack26, pack148 } = loadBundledPacks((file) => readFileSync(file, 'utf8'));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with files from `files` (in memory) or else from disk, capturing its output. */
function run(argv: string[], files: Record<string, string> = {}, lang?: string): Run {
  let stdout = '';
  let stderr = '';
  const code = runCli(
    argv,
    {
      stdout: (text) => {
        stdout += text;
      },
      stderr: (text) => {
        stderr += text;
      },
      readFile: (file) => files[file] ?? readFileSync(file, 'utf8'),
    },
    { lang, packsDir: PACKS_DIR },
  );
  return { code, stdout, stderr };
}

function expectedResults(session: string): unknown {
  return JSON.parse(readFileSync(session.replace('.session.json', '.results.json'), 'utf8'));
}

/** The Tam Đường session with one wrong criterion id on its third sheet. */
function tamDuongWithUnknownCriterion(): string {
  const session = JSON.parse(readFileSync(TAM_DUONG, 'utf8')) as { sheets: { choices: Record<string, unknown> }[] };
  const third = session.sheets[2];
  if (!third) throw new Error('the fixture has sheets');
  third.choices['A-9.9'] = 0;
  return JSON.stringify(session);
}

describe('ocop-council results', () => {
  it.each([TAM_DUONG, LAI_CHAU])('prints exactly the expected results of %s with --json', (file) => {
    const { code, stdout, stderr } = run(['results', file, '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(expectedResults(file));
  });

  it('prints a Vietnamese table with decimal commas by default', () => {
    const { code, stdout } = run(['results', TAM_DUONG]);
    expect(code).toBe(0);
    for (const text of [
      '71,86',
      '59,29',
      '45,43',
      'Điểm TB',
      'Kết luận',
      'Chênh lệch',
      'Đề nghị lên cấp tỉnh',
      'Bị loại',
    ]) {
      expect(stdout).toContain(text);
    }
    expect(stdout).toContain('8/9');
    expect(stdout).not.toContain('71.86');
  });

  it('names the criteria that lowered a product’s stars', () => {
    const { stdout } = run(['results', LAI_CHAU]);
    expect(stdout).toContain('68,80');
    expect(stdout).toMatch(/Rượu ngô men lá Sà Dề Phìn.*3.*2.*C-9/);
  });

  it('prints English with --lang en, and with OCOP_LANG=en', () => {
    for (const result of [run(['results', TAM_DUONG, '--lang', 'en']), run(['results', TAM_DUONG], {}, 'en')]) {
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('71.86');
      expect(result.stdout).toContain('Mean');
      expect(result.stdout).toContain('Forward to the province');
      expect(result.stdout).not.toContain('Điểm TB');
    }
  });

  it('prefers --lang over OCOP_LANG', () => {
    expect(run(['results', TAM_DUONG, '--lang', 'vi'], {}, 'en').stdout).toContain('71,86');
  });
});

describe('ocop-council validate', () => {
  it('says a valid file is valid', () => {
    const { code, stdout, stderr } = run(['validate', TAM_DUONG]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain(TAM_DUONG);
    expect(stdout).toContain('148/2023');
  });
});

describe('invalid input', () => {
  it.each(['results', 'validate'])(
    '%s: exits 2 naming the file, the sheet, its member, product and round, and the field',
    (command) => {
      const file = 'bad.session.json';
      const { code, stdout, stderr } = run([command, file], { [file]: tamDuongWithUnknownCriterion() });
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(file);
      expect(stderr).toContain('phiếu số 3');
      expect(stderr).toContain('thành viên m3');
      expect(stderr).toContain('sản phẩm p1');
      expect(stderr).toContain('vòng 1');
      expect(stderr).toContain('choices["A-9.9"]');
    },
  );

  it('lists every problem of the file with their count', () => {
    const session = JSON.parse(tamDuongWithUnknownCriterion()) as { rubric: string; sheets: { member: string }[] };
    const first = session.sheets[0];
    if (first) first.member = 'm42';
    const { code, stderr } = run(['validate', 'two.json', '--lang', 'en'], { 'two.json': JSON.stringify(session) });
    expect(code).toBe(2);
    expect(stderr).toContain('2 errors');
    expect(stderr).toContain('sheet 1 (member m42, product p1, round 1), field member');
    expect(stderr).toContain('sheet 3 (member m3, product p1, round 1), field choices["A-9.9"]');
  });

  it('exits 2 for a file that cannot be read, naming it', () => {
    const { code, stdout, stderr } = run(['results', 'tests/fixtures/sessions/no-such-file.json']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('no-such-file.json');
  });

  it('exits 2 for malformed JSON, naming the file', () => {
    const { code, stdout, stderr } = run(['results', 'broken.json'], {
      'broken.json': '{ "format": "ocop-council/session@1", ',
    });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('broken.json');
    expect(stderr).toContain('JSON');
  });

  it('reads a file that starts with a byte-order mark', () => {
    const { code } = run(['validate', 'bom.json'], { 'bom.json': `\uFEFF${readFileSync(LAI_CHAU, 'utf8')}` });
    expect(code).toBe(0);
  });

  it('exits 2 for a product set the pack marks incomplete', () => {
    const input = sessionInput({
      profile: 'district-2023',
      rubric: '148/2023',
      members: members(1),
      products: [product('p1', 11)],
      sheets: [],
    });
    const { code, stderr } = run(['results', 's.json', '--lang', 'en'], { 's.json': JSON.stringify(input) });
    expect(code).toBe(2);
    expect(stderr).toContain('products[0].productSet');
    expect(stderr).toContain('incomplete');
  });
});

describe('--pack-file', () => {
  it('scores with a completed set imported for this run', () => {
    const set11 = completed148Set11File(pack148);
    const input = sessionInput({
      profile: 'district-2023',
      rubric: '148/2023',
      members: members(1),
      products: [product('p1', 11)],
      sheets: [sheet('m1', 'p1', maxChoices(set11.set))],
    });
    const files = { 'set11.json': JSON.stringify(set11), 's.json': JSON.stringify(input) };
    const { code, stdout, stderr } = run(['results', 's.json', '--json', '--pack-file', 'set11.json'], files);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      products: [{ memberTotals: { m1: 100 }, stars: 5, status: 'forward-province' }],
    });
    expect(run(['results', 's.json'], files).code).toBe(2);
  });

  it('exits 2 when the pack file cannot be read, naming it', () => {
    const { code, stdout, stderr } = run(['rubric', 'list', '--pack-file', 'tests/fixtures/no-such-pack.json']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('no-such-pack.json');
  });

  it('exits 2 when the pack file is not a valid rubric file', () => {
    const { code, stderr } = run(['rubric', 'list', '--pack-file', 'x.json'], { 'x.json': '{"format":"x"}' });
    expect(code).toBe(2);
    expect(stderr).toContain('x.json');
  });
});

describe('ocop-council rubric', () => {
  it('lists both packs and marks the incomplete 148 sets', () => {
    const { code, stdout } = run(['rubric', 'list']);
    expect(code).toBe(0);
    expect(stdout).toContain('26/2026');
    expect(stdout).toContain('148/2023');
    const blocks = stdout.split('\n\n');
    const of148 = blocks.find((block) => block.includes('148/2023 ('))?.split('\n') ?? [];
    const of26 = blocks.find((block) => block.includes('26/2026 ('))?.split('\n') ?? [];
    const incomplete = of148.filter((line) => line.includes('CHƯA ĐẦY ĐỦ'));
    expect(incomplete.map((line) => /^\s*(\d+)\./.exec(line)?.[1])).toEqual(['11', '12', '13']);
    expect(of148.find((line) => line.trimStart().startsWith('11.'))).toMatch(/97 điểm.*CHƯA ĐẦY ĐỦ/);
    expect(of26.filter((line) => /^\s*\d+\./.test(line))).toHaveLength(26);
    expect(of26.some((line) => line.includes('CHƯA ĐẦY ĐỦ'))).toBe(false);
  });

  it('prints set 11 of 26/2026 as JSON with the criterion ids of the pack', () => {
    const { code, stdout } = run(['rubric', 'show', '11', '--json']);
    expect(code).toBe(0);
    const shown = JSON.parse(stdout) as { no: number; criteria: { id: string }[] };
    expect(shown).toEqual(setOf(pack26, 11));
    expect(shown.criteria.map((c) => c.id)).toEqual(setOf(pack26, 11).criteria.map((c) => c.id));
  });

  it('prints a set of another pack with --pack, saying when it is incomplete', () => {
    const { code, stdout } = run(['rubric', 'show', '11', '--pack', '148/2023']);
    expect(code).toBe(0);
    expect(stdout).toContain('148/2023');
    expect(stdout).toContain('CHƯA ĐẦY ĐỦ');
    expect(stdout).toContain('A-3.6');
    expect(stdout).toContain('[null] 0 điểm');
  });

  it('prints the cases of a criterion with alternative lists', () => {
    const { stdout } = run(['rubric', 'show', '26', '--lang', 'en']);
    expect(stdout).toContain('Case a');
    expect(stdout).toContain('Case b');
  });

  it('exits 2 for an unknown pack or set', () => {
    for (const argv of [
      ['rubric', 'show', '11', '--pack', '1048/2019'],
      ['rubric', 'show', '27'],
      ['rubric', 'show', 'tea'],
      ['rubric', 'show'],
    ]) {
      const { code, stdout, stderr } = run(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.length).toBeGreaterThan(0);
    }
  });
});

describe('usage', () => {
  it('prints the usage and exits 2 without a command, 0 with --help', () => {
    const bare = run([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toContain('results');
    expect(run(['--help']).code).toBe(0);
    expect(run(['help']).code).toBe(0);
  });

  it('exits 2 for an unknown command, an unknown option and a missing file argument', () => {
    expect(run(['publish']).code).toBe(2);
    expect(run(['results', TAM_DUONG, '--colour']).code).toBe(2);
    expect(run(['results']).code).toBe(2);
    expect(run(['rubric', 'delete']).code).toBe(2);
  });
});
