// `npm run zip`: the packages the stores take, built fresh into .output/store/ (or WXT_OUT_DIR):
//   not-alone-<version>-chrome.zip   Chrome Web Store
//   not-alone-<version>-edge.zip     Microsoft Edge Add-ons
//   not-alone-<version>-firefox.zip  addons.mozilla.org (AMO), listed or unlisted
//   not-alone-<version>-sources.zip  the source code AMO asks for with a bundled add-on
// Store builds carry no manifest "key" (the stores assign the id; see docs/deploy/README.md,
// "Store packages"). The unpacked builds in .output/ keep the fixed id for policies and tests.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const outDir = path.resolve(process.env.WXT_OUT_DIR ?? '.output/store');
fs.rmSync(outDir, { recursive: true, force: true });
const env = { ...process.env, NOT_ALONE_STORE: '1', WXT_OUT_DIR: outDir };
for (const browser of ['chrome', 'edge', 'firefox']) {
  const { status } = spawnSync('npx', ['wxt', 'zip', '-b', browser], { stdio: 'inherit', env });
  if (status !== 0) process.exit(status ?? 1);
}
const zips = fs.readdirSync(outDir).filter((name) => name.endsWith('.zip')).sort();
console.log(`\nStore packages in ${path.relative(process.cwd(), outDir) || outDir}:\n${zips.map((z) => `  ${z}`).join('\n')}`);
