import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { packedRules } from './scripts/packed-rules-plugin';

export default defineConfig({
  // Tests run the rules in the form the extension ships (packed at build time).
  plugins: [WxtVitest(), packedRules()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
  },
});
