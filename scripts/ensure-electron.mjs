// Runs before `electron-vite dev` / `preview` (npm start, npm run dev). package.json sets
// `"allowScripts": {"electron": false}` so that `npm ci` passes on offline CI machines, which means npm never runs
// electron's postinstall download. This script does that download the first time the app is started.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

let electronDir;
let version;
try {
  const manifest = require.resolve('electron/package.json');
  electronDir = path.dirname(manifest);
  version = JSON.parse(readFileSync(manifest, 'utf8')).version;
} catch {
  console.error('Chưa cài các gói phụ thuộc (không thấy node_modules/electron). Hãy chạy `npm install` trước.');
  console.error('Dependencies are not installed (node_modules/electron not found). Run `npm install` first.');
  process.exit(1);
}

if (hasElectronBinary()) process.exit(0);

console.log(`Chưa có tệp chạy Electron ${version}. Đang tải về (khoảng 100 MB, cần kết nối Internet)...`);
console.log(`The Electron ${version} binary is missing. Downloading it (about 100 MB, needs internet access)...`);

// install.js does nothing when ELECTRON_SKIP_BINARY_DOWNLOAD is set; here the download is the whole point.
const env = { ...process.env };
delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
const install = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { env, stdio: 'inherit' });

if (install.status === 0 && hasElectronBinary()) {
  console.log('Đã tải xong Electron. / Electron is ready.');
  process.exit(0);
}

console.error(`
Không tải được Electron ${version}, nên không mở được ứng dụng trên máy này.
  - Máy này chưa có tệp chạy Electron; tệp này được tải từ GitHub (không có trên npm), cần kết nối Internet.
  - Khi có mạng, chạy lại \`npm start\`. Nếu GitHub bị chặn, đặt biến môi trường ELECTRON_MIRROR
    (ví dụ https://npmmirror.com/mirrors/electron/) rồi chạy lại.
  - Không có Electron vẫn kiểm thử được: \`npm test\` chạy giao diện đã build trong Chromium.

Could not download Electron ${version}, so the app cannot be opened on this machine.
  - There is no Electron binary here; it is downloaded from GitHub (not from the npm registry) and needs internet access.
  - Run \`npm start\` again when online. If GitHub is blocked, set ELECTRON_MIRROR
    (e.g. https://npmmirror.com/mirrors/electron/) and try again.
  - The tests do not need Electron: \`npm test\` runs the built interface in Chromium.`);
process.exit(1);

/**
 * `require('electron')` returns the binary's path (from path.txt, or under ELECTRON_OVERRIDE_DIST_PATH) and throws
 * when path.txt is missing. A dist/ left from another Electron version counts as missing, as in install.js.
 */
function hasElectronBinary() {
  let binary;
  try {
    binary = require('electron');
  } catch {
    return false;
  }
  if (typeof binary !== 'string' || !existsSync(binary)) return false;
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return true;
  try {
    return (
      readFileSync(path.join(electronDir, 'dist', 'version'), 'utf8')
        .trim()
        .replace(/^v/, '') === version
    );
  } catch {
    return false;
  }
}
