// School / family IT policy with a real Chromium policy file (issue 7):
// /etc/chromium/policies/managed/<file>.json → 3rdparty.extensions.<id> → storage.managed.
// The policy file applies machine-wide, so it names only the id of the build under test (computed
// from its manifest key; a build with another key — NOT_ALONE_KEY_FILE — leaves the real id alone)
// and is always removed after each test, also when the test fails.
import { test, expect as baseExpect, type BrowserContext } from '@playwright/test';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { EXT_DIR, ROOT, launchWithExtension, openFixture, readEvents, serviceWorker, type Launched } from './support/extension';
import { recordShownOn, shownOn } from './support/page-watch';

const POLICY_DIR = process.env.NOT_ALONE_POLICY_DIR ?? '/etc/chromium/policies/managed';
const ZALO = 'https://chat.zalo.me/';
const ORGANIZATION = 'Trường THCS Nguyễn Du';
/** Chromium re-reads its policy directory a few seconds after a change (~5 s measured). */
const POLICY_REFRESH_TIMEOUT = 45_000;
// Chromium answers the first storage.managed read ~2.5 s after launch (more on a loaded 2-core
// machine): expectations that depend on the policy arriving get more room than the default 10 s.
const expect = baseExpect.configure({ timeout: 30_000 });
/** Bullying is flagged from Balanced up, not at Low: shows which level is really in force. */
const BULLYING = 'Mày ngu thế, không ai chơi với mày đâu';

/** Chrome's id for a key: sha256 of the DER public key, first 32 hex digits mapped 0-f → a-p. */
function extensionIdOf(extDir: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(extDir, 'manifest.json'), 'utf8')) as { key?: string };
  if (!manifest.key) throw new Error(`${extDir}/manifest.json has no "key", so its id is not fixed`);
  const hex = crypto.createHash('sha256').update(Buffer.from(manifest.key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

function policyDirWritable(): boolean {
  try {
    fs.mkdirSync(POLICY_DIR, { recursive: true });
    fs.accessSync(POLICY_DIR, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

const messages = (lang: string) =>
  JSON.parse(fs.readFileSync(path.join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;

const extensionId = extensionIdOf(EXT_DIR);
const policyFiles = new Set<string>();
let browser: Launched | undefined;

function writePolicy(values: Record<string, unknown>): string {
  const file = path.join(POLICY_DIR, `not-alone-e2e-${extensionId}-${process.pid}-${policyFiles.size}.json`);
  policyFiles.add(file);
  fs.writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: values } } }, null, 2));
  return file;
}

function removePolicies(): void {
  for (const file of policyFiles) fs.rmSync(file, { force: true });
  policyFiles.clear();
}

// Even a crash of the test runner must not leave a machine-wide policy behind.
process.once('exit', removePolicies);

test.beforeEach(() => {
  // Each test launches Chromium, waits for policy reads and (one) for a policy refresh.
  test.slow();
  const reason = policyDirWritable()
    ? null
    : `Policy tests need to write ${POLICY_DIR} (root, or set NOT_ALONE_POLICY_DIR to Chromium's managed policy folder)`;
  // Under CI a suite that cannot run fails with the reason, never skips silently (issue 15).
  if (reason && process.env.CI === 'true') throw new Error(`${reason}.`);
  test.skip(reason !== null, `${reason}; skipped.`);
});

test.afterEach(async () => {
  removePolicies();
  await browser?.close();
  browser = undefined;
});

async function setLocalSettings(context: BrowserContext, settings: Record<string, unknown>): Promise<void> {
  const worker = await serviceWorker(context);
  await worker.evaluate((value) => (globalThis as any).chrome.storage.local.set({ settings: value }), { version: 1, ...settings });
}

async function readManaged(context: BrowserContext): Promise<Record<string, unknown>> {
  const worker = await serviceWorker(context);
  return worker.evaluate(() => (globalThis as any).chrome.storage.managed.get());
}

test('a school policy: a disabled category is not flagged, others are; the sensitivity floor holds; the options page shows it', async () => {
  writePolicy({
    sensitivity: 'balanced',
    disabledCategories: ['trafficking_recruitment', 'spam'],
    organizationName: ORGANIZATION,
    helpRegion: 'VN',
    retentionDays: 0,
    // The same phrases the engine knows: the test holds whatever the rules say about them.
    customPhrases: [
      { text: 'đừng nói với bố mẹ', category: 'grooming' },
      { text: 'việc nhẹ lương cao', category: 'trafficking_recruitment' },
    ],
  });
  browser = await launchWithExtension();
  // The user chose Low; the policy's floor is Balanced.
  await setLocalSettings(browser.context, { sensitivity: 'low' });

  const page = await openFixture(browser.context, ZALO, 'zalo.html');
  await expect(page.locator('#bb_msg_id_1003')).toHaveAttribute('data-not-alone', 'risk');
  await expect(page.locator('#bb_msg_id_1003')).toHaveAttribute('data-not-alone-category', 'grooming');
  await expect(page.locator('#bb_msg_id_1005')).toHaveAttribute('data-not-alone', 'ok');
  await expect(page.locator('#bb_msg_id_1005 + not-alone-warning')).toHaveCount(0);
  // The floor, seen by the engine: a message flagged at Balanced but not at Low is flagged.
  const bullying = await page.evaluate((text) => (window as any).zaloDemo.addMessage(text), BULLYING);
  await expect(page.locator(`#${bullying}`)).toHaveAttribute('data-not-alone', 'risk');
  await expect(page.locator(`#${bullying}`)).toHaveAttribute('data-not-alone-category', 'bullying');

  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  // The floor: Balanced is in force, the levels below it are disabled, the user's Low is kept.
  await expect(options.getByTestId('sensitivity-balanced')).toBeChecked();
  await expect(options.getByTestId('sensitivity-low')).toBeDisabled();
  await expect(options.getByTestId('sensitivity-off')).toBeDisabled();
  await expect(options.getByTestId('sensitivity-strict')).toBeEnabled();
  // The category the school switched off is off and cannot be switched on; the others stay free.
  await expect(options.getByTestId('category-trafficking_recruitment')).not.toBeChecked();
  await expect(options.getByTestId('category-trafficking_recruitment')).toBeDisabled();
  await expect(options.getByTestId('category-grooming')).toBeChecked();
  await expect(options.getByTestId('category-grooming')).toBeEnabled();
  // Who set it, and what was ignored and why.
  const notice = options.getByTestId('policy-notice');
  await expect(notice).toContainText(ORGANIZATION);
  const ignored = options.getByTestId('policy-ignored');
  await expect(ignored.getByRole('listitem')).toHaveCount(2);
  await expect(ignored).toContainText('disabledCategories[1]');
  await expect(ignored).toContainText('"spam"');
  await expect(ignored).toContainText('retentionDays');
  await expect(options.getByText(messages('en').policy_set_by!.message.replace('$ORG$', ORGANIZATION)).first()).toBeVisible();

  // The user's own choice is untouched in storage: it returns when the policy goes.
  const worker = await serviceWorker(browser.context);
  const stored = await worker.evaluate(() => (globalThis as any).chrome.storage.local.get('settings'));
  expect(stored.settings.sensitivity).toBe('low');
});

test('a fresh profile with a policy, the chat opened at once: the disabled category never shows a card', async () => {
  // Issue 15: Chromium answers the first storage.managed read ~3 s after start; a page judged
  // before that must not show (or log) what the policy switches off.
  writePolicy({ disabledCategories: ['trafficking_recruitment'], organizationName: ORGANIZATION });
  browser = await launchWithExtension();
  // Watch from the page's first moment: a risk mark or a card on the job offer, even for a frame.
  await browser.context.addInitScript(recordShownOn, 'bb_msg_id_1005');
  const page = await openFixture(browser.context, ZALO, 'zalo.html');
  await expect(page.locator('#bb_msg_id_1003')).toHaveAttribute('data-not-alone', 'risk');
  // Judged with the policy: the job offer is marked ok (it is not marked at all before).
  await expect(page.locator('#bb_msg_id_1005')).toHaveAttribute('data-not-alone', 'ok');
  expect(await page.evaluate(shownOn)).toEqual([]);
  await expect(page.locator('#bb_msg_id_1003 + not-alone-warning')).toHaveCount(1);
  // Nothing was logged for it either.
  const events = await readEvents(browser.context);
  expect(events.map((e) => e.category)).not.toContain('trafficking_recruitment');
});

test('a locked policy cannot be paused or changed, and removing the policy gives control back live', async () => {
  const file = writePolicy({
    lockSettings: true,
    organizationName: ORGANIZATION,
    customPhrases: [{ text: 'đừng nói với bố mẹ', category: 'grooming' }],
  });
  browser = await launchWithExtension();
  // The user paused protection for an hour before the school locked it.
  await setLocalSettings(browser.context, { sensitivity: 'low', pausedUntil: Date.now() + 3_600_000 });

  const page = await openFixture(browser.context, ZALO, 'zalo.html');
  await expect(page.locator('#bb_msg_id_1003')).toHaveAttribute('data-not-alone', 'risk');

  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  for (const level of ['off', 'low', 'balanced', 'strict']) {
    await expect(options.getByTestId(`sensitivity-${level}`)).toBeDisabled();
  }
  await expect(options.getByTestId('sensitivity-balanced')).toBeChecked();
  await expect(options.getByTestId('category-grooming')).toBeDisabled();
  await expect(options.getByTestId('policy-notice')).toContainText(ORGANIZATION);
  await expect(options.getByTestId('options-paused')).toHaveCount(0);
  // The popup offers no pause (nor "resume" of the user's old pause), and says who decided.
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('popup-pause-locked')).toContainText(ORGANIZATION);
  await expect(popup.getByTestId('popup-org')).toContainText(ORGANIZATION);
  await expect(popup.getByTestId('popup-pause')).toHaveCount(0);
  await expect(popup.getByTestId('popup-resume')).toHaveCount(0);

  // The school removes the policy: Chromium notices, storage.onChanged('managed') fires, the
  // user's own settings (paused) apply again without a restart.
  fs.rmSync(file);
  await expect.poll(() => readManaged(browser!.context), { timeout: POLICY_REFRESH_TIMEOUT }).toEqual({});
  await expect(page.locator('[data-not-alone]')).toHaveCount(0);
  await expect(page.locator('not-alone-warning')).toHaveCount(0);
  await expect(options.getByTestId('policy-notice')).toHaveCount(0);
  await expect(options.getByTestId('sensitivity-low')).toBeEnabled();
  await expect(options.getByTestId('sensitivity-low')).toBeChecked();
  await expect(options.getByTestId('options-paused')).toBeVisible();
  await expect(popup.getByTestId('popup-pause-locked')).toHaveCount(0);
  await expect(popup.getByTestId('popup-resume')).toBeVisible();
});

test('values Chromium accepts but Not Alone does not are ignored one by one; valid ones still apply', async () => {
  writePolicy({
    sensitivity: 'extreme',
    disabledSites: ['zalo', 'myspace'],
    helpRegion: 'Vietnam',
    organizationName: ORGANIZATION,
  });
  browser = await launchWithExtension();
  // The valid part applies: Zalo is not scanned at all.
  const page = await openFixture(browser.context, ZALO, 'zalo.html');
  await expect.poll(() => readManaged(browser!.context)).toMatchObject({ disabledSites: ['zalo', 'myspace'] });

  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const ignored = options.getByTestId('policy-ignored');
  await expect(ignored.getByRole('listitem')).toHaveCount(3);
  await expect(ignored).toContainText('"extreme"');
  await expect(ignored).toContainText('"myspace"');
  await expect(ignored).toContainText('"Vietnam"');
  await expect(options.getByTestId('site-zalo')).toBeDisabled();
  await expect(options.getByTestId('site-zalo')).not.toBeChecked();
  // Sensitivity was invalid: the user's own level (the default, Balanced) applies and is free.
  await expect(options.getByTestId('sensitivity-low')).toBeEnabled();
  await expect(page.locator('[data-not-alone]')).toHaveCount(0);
});
