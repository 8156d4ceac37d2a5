// Runs the Electron security scanner (@doyensec/electronegativity) over the sources and the build output.
// Fails on any HIGH finding, and on any finding that docs/security.md does not justify (ACCEPTED below).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Findings reviewed and accepted, with the reason (kept in step with docs/security.md). */
const ACCEPTED = [
  {
    issue: 'PRELOAD_JS_CHECK',
    file: 'src/main/windows/main-window.ts',
    reason: 'the preload exposes only window.council, built from the channel list (no ipcRenderer, no generic invoke)',
  },
  {
    issue: 'CSP_GLOBAL_CHECK',
    file: 'out/renderer/index.html',
    reason: "script-src 'self' is flagged by the CSP evaluator; the app's own origin serves only the built renderer",
  },
];

const root = process.cwd();
if (!readFileSafe(path.join(root, 'out/renderer/index.html'))) {
  console.error('security: out/renderer is missing; run `npm run build` first.');
  process.exit(1);
}
mkdirSync(path.join(root, 'out'), { recursive: true });
const report = path.join(root, 'out', 'electronegativity.csv');
const cli = createRequire(import.meta.url).resolve('@doyensec/electronegativity/dist/index.js');

/**
 * Runs the scanner and reads its report. The scanner writes the CSV header and the rows with two
 * concurrent writes, so now and then the header lands over the start of the first row: such a report
 * (a row that does not start with an issue id, or has too few cells) is thrown away and the scan run
 * again, up to three times.
 */
function scan() {
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    // The scanner writes into an existing report without truncating it: start from no file.
    rmSync(report, { force: true });
    const run = spawnSync(process.execPath, [cli, '-i', root, '-e', '41.7.1', '-o', report, '-r'], {
      encoding: 'utf8',
      timeout: 300_000,
    });
    const csv = readFileSafe(report);
    if (run.status !== 0 || csv === null) {
      console.error(`security: the scanner did not run (exit ${run.status}).\n${run.stderr}`);
      process.exit(1);
    }
    const rows = parseCsv(csv).filter((cells) => cells.some((cell) => cell.trim() !== ''));
    const whole = rows.slice(1).every((cells) => cells.length >= 8 && /^[A-Z0-9_]+$/.test(cells[0]?.trim() ?? ''));
    if (rows[0]?.[0]?.trim() === 'issue' && whole) return rows.slice(1);
    console.error(`security: the scanner's report came out garbled (attempt ${attempt}); scanning again.`);
  }
  console.error('security: the scanner wrote a garbled report three times; see out/electronegativity.csv.');
  process.exit(1);
}

const findings = scan()
  .map((cells) => ({
    issue: cells[0]?.trim(),
    severity: cells[1]?.trim(),
    file: path.relative(root, path.resolve(root, cells[3]?.trim() ?? '')),
    location: cells[4]?.trim(),
  }))
  .filter((finding) => finding.issue);

let failures = 0;
for (const finding of findings) {
  const accepted = ACCEPTED.find((a) => a.issue === finding.issue && a.file === finding.file);
  const fails = finding.severity === 'HIGH' || !accepted;
  if (fails) failures += 1;
  const mark = fails ? '✗' : '✓';
  console.log(
    `${mark} ${finding.severity} ${finding.issue} ${finding.file}:${finding.location}${accepted ? ` (accepted: ${accepted.reason})` : ''}`,
  );
}
console.log(`security: ${findings.length} findings, ${failures} not accepted; report in out/electronegativity.csv`);
process.exit(failures > 0 ? 1 : 0);

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (char !== '\r') field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

function readFileSafe(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
