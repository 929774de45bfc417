// Makes sure Debian's Firefox ESR (with its Vietnamese and French language packs) is available
// for the Firefox tests. Installs it when we can (root on Debian/Ubuntu); otherwise says how, in
// one sentence. Under CI=true a Firefox that cannot be had fails here instead of being skipped.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const PACKAGES = ['firefox-esr', 'firefox-esr-l10n-vi', 'firefox-esr-l10n-fr'];
const langPacks = () =>
  ['vi', 'fr'].every((lang) => fs.existsSync(`/usr/lib/firefox-esr/browser/extensions/langpack-${lang}@firefox-esr.mozilla.org.xpi`));

if (fs.existsSync(firefox) && (process.env.FIREFOX_PATH || langPacks())) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (isRoot && hasApt) {
  console.log(`Installing Debian's ${PACKAGES.join(', ')} (needed for the Firefox tests)…`);
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', ...PACKAGES], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  process.exit(0);
}
const how = `install it with "sudo apt-get install ${PACKAGES.join(' ')}" or set FIREFOX_PATH to a Firefox ≥ 138 binary`;
if (fs.existsSync(firefox)) {
  console.warn(`Note: Firefox's Vietnamese and French language packs are not installed, so the vi/fr Firefox tests will fail; ${how}.`);
  process.exit(0);
}
const message = `Firefox was not found at ${firefox}: ${how}.`;
if (process.env.CI === 'true') {
  console.error(message);
  process.exit(1);
}
console.warn(`${message} The Firefox tests will be skipped.`);
