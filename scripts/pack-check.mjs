// Packs the app as a Linux `dir` build and checks what lands where: the build output and package.json inside
// app.asar, the fonts and rubric packs beside it in resources/. CI machines have no Electron binary, so
// electron-builder copies a stub distribution instead (-c.electronDist); nothing is downloaded.
// Run after `npm run build`. Exit code 0 when every check passes, 1 otherwise.
import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFile, listPackage } from '@electron/asar';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const BUILD_OUTPUT = ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html'];
const FONTS = ['Tinos-Regular.ttf', 'Tinos-Bold.ttf', 'Tinos-Italic.ttf', 'Tinos-BoldItalic.ttf'];
const RUBRIC_PACKS = ['26-2026.json', '148-2023.json'];
// electron-builder.yml keeps only these Chromium locales (electronLanguages); the stub also carries one it must drop.
const KEPT_LOCALES = ['vi.pak', 'en-US.pak'];
const DROPPED_LOCALE = 'fr.pak';
const BUILDER_TIMEOUT_MS = 5 * 60_000;

const missing = BUILD_OUTPUT.filter((file) => !existsSync(path.join(root, file)));
if (missing.length > 0) {
  console.error(`pack:check needs the build output, missing: ${missing.join(', ')}`);
  console.error('Run `npm run build` first (electron-vite build), then `npm run pack:check`.');
  process.exit(1);
}

const tmp = mkdtempSync(path.join(tmpdir(), 'ocop-pack-check-'));
const cleanUp = () => rmSync(tmp, { recursive: true, force: true });
/** The running electron-builder, stopped with us so it does not keep writing into a removed folder. */
let builder = null;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    builder?.kill('SIGTERM');
    cleanUp();
    process.exit(1);
  });
}

const results = [];
/** Records and prints one check. */
function check(label, ok, detail = '') {
  results.push(ok);
  console.log(`${ok ? '✓' : '✗'} ${label}${!ok && detail ? ` (${detail})` : ''}`);
  return ok;
}

try {
  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  const stub = makeStubElectron(path.join(tmp, 'electron-dist'), electronVersion);
  const outDir = path.join(tmp, 'release');

  const started = Date.now();
  const build = await runElectronBuilder([
    '--linux',
    'dir',
    '--x64',
    '--publish',
    'never',
    `-c.electronDist=${stub}`,
    `-c.directories.output=${outDir}`,
    // The stub has no headers to rebuild native modules against; which files get packed is all this checks.
    '-c.npmRebuild=false',
  ]);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (
    !check(`electron-builder --linux dir packed the app in ${seconds} s`, build.code === 0, `exit code ${build.code}`)
  ) {
    console.error(build.output.split('\n').slice(-40).join('\n'));
  } else {
    checkUnpacked(path.join(outDir, 'linux-unpacked'));
  }
} catch (error) {
  check('pack:check ran to the end', false, error instanceof Error ? error.message : String(error));
} finally {
  cleanUp();
}

const failed = results.filter((ok) => !ok).length;
console.log(
  failed === 0
    ? `pack:check: all ${results.length} checks passed`
    : `pack:check: ${failed} of ${results.length} checks failed`,
);
process.exit(failed === 0 ? 0 : 1);

/**
 * What electron-builder needs from an unpacked Electron for a Linux dir build: the `electron` executable (renamed
 * to linux.executableName) and a locales/ folder with at least one file (electronLanguages filters it and fails
 * when it is missing; an empty folder is not copied). version and LICENSE mirror a real distribution.
 */
function makeStubElectron(dir, version) {
  mkdirSync(path.join(dir, 'locales'), { recursive: true });
  mkdirSync(path.join(dir, 'resources'), { recursive: true });
  writeFileSync(path.join(dir, 'electron'), '#!/bin/sh\necho "pack:check stub, not Electron" >&2\nexit 1\n');
  chmodSync(path.join(dir, 'electron'), 0o755);
  writeFileSync(path.join(dir, 'version'), version);
  writeFileSync(path.join(dir, 'LICENSE'), 'Stub standing in for the Electron distribution (MIT).\n');
  for (const locale of [...KEPT_LOCALES, DROPPED_LOCALE]) {
    writeFileSync(path.join(dir, 'locales', locale), 'stub');
  }
  return dir;
}

/** Runs the project's electron-builder with node directly (no npx, no shell) and collects its output. */
function runElectronBuilder(args) {
  const cli = path.join(path.dirname(require.resolve('electron-builder/package.json')), 'cli.js');
  return new Promise((resolve, reject) => {
    const child = (builder = spawn(process.execPath, [cli, ...args], {
      cwd: root,
      env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    }));
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      output += `\npack:check: electron-builder took longer than ${BUILDER_TIMEOUT_MS / 1000} s, stopped it`;
      child.kill('SIGTERM');
    }, BUILDER_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, output });
    });
  });
}

function checkUnpacked(appDir) {
  const resources = path.join(appDir, 'resources');
  const asarPath = path.join(resources, 'app.asar');
  if (!check('resources/app.asar exists', existsSync(asarPath))) return;

  // listPackage gives '/out/main/index.js' (backslashes on Windows).
  const entries = new Set(
    listPackage(asarPath, { isPack: false }).map((p) => p.replaceAll('\\', '/').replace(/^\//, '')),
  );
  for (const file of [...BUILD_OUTPUT, 'package.json']) {
    check(`app.asar contains ${file}`, entries.has(file));
  }

  const pkg = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8'));
  const main = path.posix.normalize(String(pkg.main ?? ''));
  check(`package.json "main" (${pkg.main}) is inside app.asar`, entries.has(main));
  for (const dependency of Object.keys(pkg.dependencies ?? {})) {
    check(`app.asar contains the dependency ${dependency}`, entries.has(`node_modules/${dependency}/package.json`));
  }

  const allowedTop = /^(out\/(main|preload|renderer)(\/|$)|out$|package\.json$|node_modules(\/|$))/;
  const strays = [...entries].filter(
    (p) => !allowedTop.test(p) || (!p.startsWith('node_modules/') && p.endsWith('.map')),
  );
  check(
    'app.asar holds only the build output, package.json and node_modules',
    strays.length === 0,
    strays.slice(0, 5).join(', '),
  );

  for (const font of FONTS) {
    const file = path.join(resources, 'fonts', font);
    check(`resources/fonts/${font} is a TrueType font`, existsSync(file) && isTrueType(file));
  }
  check('resources/fonts/OFL.txt exists', existsSync(path.join(resources, 'fonts', 'OFL.txt')));
  for (const pack of RUBRIC_PACKS) {
    const file = path.join(resources, 'rubric-packs', pack);
    check(`resources/rubric-packs/${pack} is JSON`, existsSync(file) && isJson(file));
  }
  check('resources/ holds no app sources outside app.asar', !existsSync(path.join(resources, 'app')));

  const locales = existsSync(path.join(appDir, 'locales')) ? readdirSync(path.join(appDir, 'locales')) : [];
  check(
    `locales/ keeps ${KEPT_LOCALES.join(', ')} and drops the rest`,
    KEPT_LOCALES.every((l) => locales.includes(l)) && !locales.includes(DROPPED_LOCALE),
    `found: ${locales.join(', ')}`,
  );
}

function isTrueType(file) {
  const magic = readFileSync(file).subarray(0, 4).toString('hex');
  return magic === '00010000' || magic === '74727565'; // 'true' on old Apple fonts
}

function isJson(file) {
  try {
    JSON.parse(readFileSync(file, 'utf8'));
    return true;
  } catch {
    return false;
  }
}
