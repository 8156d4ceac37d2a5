import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Bundles `entry` (browser code, may import the renderer's modules) with Vite, serves it on
 * http://127.0.0.1 (IndexedDB needs a real origin), opens it in Debian's Chromium and hands the page to
 * `use`. Everything is torn down afterwards.
 */
export async function withBenchPage<T>(entry: string, use: (page: Page) => Promise<T>): Promise<T> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'ocop-bench-'));
  const server = createServer();
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        outDir,
        emptyOutDir: true,
        minify: true,
        lib: { entry: path.resolve(entry), formats: ['iife'], name: 'benchPage', fileName: () => 'bench.js' },
      },
    });
    const script = readFileSync(path.join(outDir, 'bench.js'));
    server.on('request', (request, response) => {
      if (request.url === '/bench.js') {
        response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
      } else {
        response
          .writeHead(200, { 'content-type': 'text/html' })
          .end('<!doctype html><meta charset="utf-8"><script src="/bench.js"></script>');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const page = await browser.newPage();
    page.setDefaultTimeout(600_000);
    await page.goto(`http://127.0.0.1:${port}/`);
    return await use(page);
  } finally {
    await browser.close();
    server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}
