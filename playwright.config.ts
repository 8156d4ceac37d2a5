import { defineConfig } from '@playwright/test';

const PORT = Number(process.env['E2E_PORT'] ?? 4173);
/** The build to serve (see electron.vite.config.ts, OCOP_OUT). */
const OUT = process.env['OCOP_OUT'] ?? 'out';

/**
 * End-to-end tests drive the built renderer (out/renderer) in Debian's Chromium, with window.council bound
 * to the real main-process handlers by the fixture (tests/e2e/fixtures/council.ts). Run `npm run build` first.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: `test-results/e2e${process.env['OCOP_OUT'] ? `-${process.env['OCOP_OUT']}` : ''}`,
  fullyParallel: true,
  workers: process.env['CI'] ? 2 : undefined,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'vi-VN',
    viewport: { width: 1366, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --outDir ${OUT}/renderer --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
