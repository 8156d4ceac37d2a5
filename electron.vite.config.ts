import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './src/main/security/csp';

/** Writes the CSP into the built index.html (the dev server needs inline scripts, so only at build). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'ocop-content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

/** Build output folder; parallel work on one machine may build into separate folders (OCOP_OUT=out-x). */
const OUT = process.env['OCOP_OUT'] ?? 'out';

export default defineConfig({
  main: {
    build: {
      outDir: `${OUT}/main`,
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: `${OUT}/preload`,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        // A sandboxed preload can only require('electron'): one CommonJS file, nothing split out.
        output: { format: 'cjs', codeSplitting: false, entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react(), contentSecurityPolicy()],
    build: {
      outDir: `${OUT}/renderer`,
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
});
