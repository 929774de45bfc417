// Makes sure Debian's Chromium is available for the e2e tests and the demo.
// Installs it when we can (root on Debian/Ubuntu); otherwise says how, in one sentence.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasL10n = () => fs.existsSync('/usr/share/doc/chromium-l10n');

if (fs.existsSync(chromium) && (process.env.CHROMIUM_PATH || hasL10n())) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (isRoot && hasApt) {
  console.log('Installing Debian\'s chromium and chromium-l10n (needed for the browser tests)…');
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', 'chromium', 'chromium-l10n'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  process.exit(0);
}
if (fs.existsSync(chromium)) {
  console.warn('Note: chromium-l10n is not installed, so the Vietnamese and French browser tests will fail; install it with "sudo apt-get install chromium-l10n".');
  process.exit(0);
}
console.error(`Chromium was not found at ${chromium}: install it with "sudo apt-get install chromium chromium-l10n" or set CHROMIUM_PATH to a Chromium binary.`);
process.exit(1);
