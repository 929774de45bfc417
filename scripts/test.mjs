// `npm test`: unit tests, then a fresh build, then the end-to-end tests in Chromium.
import { spawnSync } from 'node:child_process';

const steps = [
  ['node', ['scripts/ensure-chromium.mjs']],
  ['npx', ['vitest', 'run']],
  ['npx', ['wxt', 'build']],
  ['npx', ['playwright', 'test']],
];
for (const [command, args] of steps) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
