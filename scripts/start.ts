// `npm start`: build the extension and show it working on the bundled demo chat pages.
// With a display it opens Chromium with the extension loaded; without one (CI, servers) it runs
// the same demo headless, prints what was flagged and why, and saves screenshots.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, launchWithExtension, serveFixture } from '../tests/e2e/support/extension';
import { SITE_FIXTURES } from '../tests/fixtures/sites';
import { shootCards } from './demo-cards';

const OUTPUT_DIR = path.join(ROOT, 'demo-output');
/** The demo reports once the page's marks have stopped changing for this long. */
const SETTLE_MS = 1200;
const MAX_WAIT_MS = 15_000;

execFileSync('node', ['scripts/ensure-chromium.mjs'], { cwd: ROOT, stdio: 'inherit' });
console.log('Building the extension…');
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });

const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');
const browser = await launchWithExtension({ headless: !headed });
for (const fixture of SITE_FIXTURES) await serveFixture(browser.context, fixture.url, fixture.file);

if (headed) {
  for (const fixture of SITE_FIXTURES) await (await browser.context.newPage()).goto(fixture.url);
  console.log('Chromium is open with Not Alone on the demo pages. Close the window to finish.');
  await new Promise((resolve) => browser.context.on('close', resolve));
  process.exit(0);
}

fs.mkdirSync(OUTPUT_DIR, { recursive: true });
console.log(`\nNo display: running the demo headless. Screenshots go to ${OUTPUT_DIR}\n`);
let flaggedTotal = 0;
for (const fixture of SITE_FIXTURES) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(fixture.url);
  await waitForMarksToSettle(page);
  const rows = await page.$$eval('[data-not-alone]', (elements) =>
    elements.map((el) => {
      const card = el.nextElementSibling?.tagName.toLowerCase().startsWith('not-alone-') ? el.nextElementSibling : null;
      return {
        mark: el.getAttribute('data-not-alone'),
        category: el.getAttribute('data-not-alone-category'),
        text: (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 90),
        risk: card?.shadowRoot?.querySelector('[data-testid="warning-headline"], [data-testid="warning-compact"]')?.textContent ?? '',
        reasons: Array.from(card?.shadowRoot?.querySelectorAll('[data-testid="warning-reasons"] li') ?? []).map((li) => li.textContent ?? ''),
      };
    }),
  );
  const shot = path.join(OUTPUT_DIR, `${fixture.site}.png`);
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`== ${fixture.title} (${fixture.url}) — ${rows.length} messages scanned`);
  for (const row of rows) {
    if (row.mark === 'risk') {
      flaggedTotal++;
      console.log(`  ⚠ FLAGGED [${row.category}] "${row.text}"`);
      if (row.risk) console.log(`      card: ${row.risk}`);
      if (row.reasons.length) console.log(`      why:  ${row.reasons.join('; ')}`);
    } else {
      console.log(`  ✓ ok       "${row.text}"`);
    }
  }
  console.log(`  screenshot: ${path.relative(ROOT, shot)}\n`);
  await page.close();
}
console.log('The warning card in vi, en and fr, wide and narrow, light and dark:');
for (const file of await shootCards(browser.context, OUTPUT_DIR)) console.log(`  ${path.relative(ROOT, file)}`);
await browser.close();
console.log(`\nDone: ${flaggedTotal} risky messages flagged on ${SITE_FIXTURES.length} demo pages. The demo made no network request.`);

/** Wait until the number of marked messages has been stable for SETTLE_MS (or MAX_WAIT_MS). */
async function waitForMarksToSettle(page: import('@playwright/test').Page): Promise<void> {
  const started = Date.now();
  let last = -1;
  let stableSince = Date.now();
  while (Date.now() - started < MAX_WAIT_MS) {
    const count = await page.locator('[data-not-alone]').count();
    if (count !== last) {
      last = count;
      stableSince = Date.now();
    } else if (count > 0 && Date.now() - stableSince >= SETTLE_MS) {
      return;
    }
    await page.waitForTimeout(200);
  }
}
