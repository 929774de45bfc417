// `npm test`: unit tests, fresh Chrome and Firefox builds, Mozilla's linter on the Firefox build,
// then the end-to-end tests in Chromium and in Firefox.
import { spawnSync } from 'node:child_process';

const steps = [
  ['node', ['scripts/ensure-chromium.mjs']],
  ['node', ['scripts/ensure-firefox.mjs']],
  ['npx', ['vitest', 'run']],
  ['npx', ['wxt', 'build']],
  ['npx', ['wxt', 'build', '-b', 'firefox']],
  // As addons.mozilla.org runs it; errors fail the run (warnings are listed).
  ['npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2']],
  ['npx', ['playwright', 'test']],
  ['npx', ['playwright', 'test', '-c', 'playwright.firefox.config.ts']],
];
for (const [command, args] of steps) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
