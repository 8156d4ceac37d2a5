import { chromium, type Page } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
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

/** How a bench page is built and shown. */
export interface BenchPageOptions {
  /** Build with the React plugin (JSX, React components of the renderer) and React's production build. */
  readonly react?: boolean;
  readonly viewport?: { readonly width: number; readonly height: number };
}

/**
 * Bundles `entry` (browser code, may import the renderer's modules and their CSS) with Vite, serves it on
 * http://127.0.0.1 (IndexedDB needs a real origin), opens it in Debian's Chromium and hands the page to
 * `use`. Everything is torn down afterwards.
 */
export async function withBenchPage<T>(
  entry: string,
  use: (page: Page) => Promise<T>,
  options: BenchPageOptions = {},
): Promise<T> {
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
      plugins: options.react ? [react()] : [],
      // A library build leaves process.env.NODE_ENV to its user; React reads it.
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        outDir,
        emptyOutDir: true,
        minify: true,
        lib: { entry: path.resolve(entry), formats: ['iife'], name: 'benchPage', fileName: () => 'bench.js' },
      },
    });
    const script = readFileSync(path.join(outDir, 'bench.js'));
    // Imported CSS (with its fonts inlined) comes out of the library build as separate files.
    const styles = readdirSync(outDir)
      .filter((name) => name.endsWith('.css'))
      .map((name) => readFileSync(path.join(outDir, name), 'utf8'))
      .join('\n');
    server.on('request', (request, response) => {
      if (request.url === '/bench.js') {
        response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
      } else if (request.url === '/bench.css') {
        response.writeHead(200, { 'content-type': 'text/css' }).end(styles);
      } else {
        response
          .writeHead(200, { 'content-type': 'text/html' })
          .end(
            '<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="/bench.css"><script src="/bench.js"></script>',
          );
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const page = await browser.newPage(options.viewport ? { viewport: { ...options.viewport } } : {});
    page.setDefaultTimeout(600_000);
    await page.goto(`http://127.0.0.1:${port}/`);
    return await use(page);
  } finally {
    await browser.close();
    server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}
