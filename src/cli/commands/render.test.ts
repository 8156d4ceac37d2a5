import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../shared/domain/dates/iso-date';
import { pdfInfo, pdfText } from '../../main/pdf/testing/pdf-probe';
import { runCliAsync } from '../run-cli';

const PACKS_DIR = path.resolve('resources/rubric-packs');
const TAM_DUONG = 'tests/fixtures/sessions/tam-duong-2025-round1.session.json';
const LAI_CHAU = 'tests/fixtures/sessions/lai-chau-2026-small.session.json';
const work = mkdtempSync(path.join(os.tmpdir(), 'ocop-render-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function run(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCliAsync(
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
    { packsDir: PACKS_DIR, today: '2025-06-01' as IsoDate },
  );
  return { code, stdout, stderr };
}

describe('ocop-council render', () => {
  it('writes the decision’s three files and prints each with its pages and SHA-256', async () => {
    const out = path.join(work, 'decision');
    const { code, stdout, stderr } = await run([
      'render',
      TAM_DUONG,
      '--doc',
      'decision',
      '--out',
      out,
      '--date',
      '2025-05-15',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'danh-sach-de-nghi-cap-tren.pdf',
      'du-thao-quyet-dinh.pdf',
      'to-trinh.pdf',
    ]);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      const match = /^(\S+)\s+(\d+) trang\s+sha256 ([0-9a-f]{64})$/.exec(line);
      expect(match, line).not.toBeNull();
      const [, file = '', pages = '', hash = ''] = match ?? [];
      const pdf = readFileSync(file);
      expect(createHash('sha256').update(pdf).digest('hex')).toBe(hash);
      expect(pdfInfo(pdf).pages).toBe(Number(pages));
    }
    expect(pdfText(readFileSync(path.join(out, 'to-trinh.pdf')))).toContain('Tam Đường, ngày 15 tháng 5 năm 2025');
  });

  it('prints in English with --lang en, dated today without --date', async () => {
    const out = path.join(work, 'tally-en');
    const { code, stdout } = await run(['render', LAI_CHAU, '--doc', 'tally', '--out', out, '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/bang-tong-hop\.pdf {2}1 pages {2}sha256 [0-9a-f]{64}/);
    const text = pdfText(readFileSync(path.join(out, 'bang-tong-hop.pdf')));
    expect(text).toContain('AGGREGATE TABLE');
    expect(text).toContain('79.00');
  });

  it('writes certificates with a decision number and date, and refuses them without (exit 2, nothing written)', async () => {
    const refused = path.join(work, 'no-certificates');
    const without = await run(['render', TAM_DUONG, '--doc', 'certificates', '--out', refused]);
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('Cần số quyết định công nhận để in giấy chứng nhận.');
    expect(without.stderr).toContain('Cần ngày ký quyết định công nhận');
    expect(existsSync(refused)).toBe(false);

    const out = path.join(work, 'certificates');
    const { code, stdout } = await run([
      'render',
      TAM_DUONG,
      '--doc',
      'certificates',
      '--out',
      out,
      '--decision-number',
      '125/QĐ-UBND',
      '--decision-date',
      '2025-05-31',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/giay-chung-nhan\.pdf {2}3 trang/);
  });

  it('exits 2 and writes nothing for an invalid session, an unknown kind, a bad date or a missing --out', async () => {
    const out = path.join(work, 'invalid');
    const broken = JSON.stringify({ ...JSON.parse(readFileSync(TAM_DUONG, 'utf8')), rubric: 'nope' });
    const cases = [
      { argv: ['render', 'broken.json', '--doc', 'tally', '--out', out], says: 'broken.json: tệp không hợp lệ' },
      { argv: ['render', TAM_DUONG, '--doc', 'poster', '--out', out], says: 'Loại tài liệu không hợp lệ: “poster”' },
      { argv: ['render', TAM_DUONG, '--doc', 'tally', '--out', out, '--date', '15/05/2025'], says: '--date' },
      { argv: ['render', TAM_DUONG, '--doc', 'tally'], says: 'Thiếu thư mục ghi ra' },
      { argv: ['render', TAM_DUONG, '--out', out], says: 'Thiếu loại tài liệu' },
    ];
    for (const { argv, says } of cases) {
      const { code, stderr } = await run(argv, { 'broken.json': broken });
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr).toContain(says);
    }
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(work).some((name) => name.startsWith('.invalid-'))).toBe(false);
  });
});
