import { defineConfig } from '@playwright/test';

/**
 * The one test that needs the real Electron binary (`npm run test:electron`, after `npm run build`).
 * Not part of `npm test`: the CI machines have no Electron binary (see README).
 */
export default defineConfig({
  testDir: 'tests/electron',
  outputDir: 'test-results/electron',
  timeout: 60_000,
  reporter: [['list']],
});
