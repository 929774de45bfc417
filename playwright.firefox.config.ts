import { defineConfig } from '@playwright/test';
import chromium from './playwright.config';

// Firefox suite (issue 15): Debian's firefox-esr over WebDriver BiDi (puppeteer-core), the built
// Firefox add-on installed as a temporary add-on. Playwright is only the test runner here; one
// Firefox at a time (2 cores, and the policy test writes a machine-wide policies.json).
export default defineConfig({
  ...chromium,
  testDir: './tests/e2e-firefox',
  timeout: 120_000,
  expect: { timeout: 30_000 },
  outputDir: 'test-results/firefox',
});
