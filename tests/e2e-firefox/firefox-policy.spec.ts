// A real Firefox enterprise policy (issue 15): policies.json in the folder Debian's firefox-esr
// reads (/etc/firefox/policies/; NOT_ALONE_FIREFOX_POLICY_FILE for another location), with
// 3rdparty.Extensions.<id> for storage.managed. A fresh profile, the chat opened at once: the
// category the school disabled never shows a card, and the options page is locked.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { recordShownOn, shownOn } from '../e2e/support/page-watch';
import { attributeOf, cardOf, firefoxMissing, GECKO_ID, launchFirefox, waitFor, type LaunchedFirefox } from './support/firefox';

const POLICY_FILE = process.env.NOT_ALONE_FIREFOX_POLICY_FILE ?? '/etc/firefox/policies/policies.json';
const ZALO = 'https://chat.zalo.me/';
const ORGANIZATION = 'Trường THCS Nguyễn Du';
const POLICY = { disabledCategories: ['trafficking_recruitment'], lockSettings: true, organizationName: ORGANIZATION };

let firefox: LaunchedFirefox | undefined;
let wrote = false;

/** Why the policy file cannot be written, or null. */
function cannotWritePolicy(): string | null {
  try {
    fs.mkdirSync(path.dirname(POLICY_FILE), { recursive: true });
    fs.accessSync(path.dirname(POLICY_FILE), fs.constants.W_OK);
  } catch {
    return `The Firefox policy test needs to write ${POLICY_FILE} (root, or set NOT_ALONE_FIREFOX_POLICY_FILE to a policies.json Firefox reads)`;
  }
  if (fs.existsSync(POLICY_FILE)) return `${POLICY_FILE} already exists and is not this test's: it would be replaced, so the test does not run`;
  return null;
}

function removePolicy(): void {
  if (wrote) fs.rmSync(POLICY_FILE, { force: true });
  wrote = false;
}
process.once('exit', removePolicy);

test.beforeEach(() => {
  const reason = firefoxMissing() ?? cannotWritePolicy();
  // Under CI a suite that cannot run fails with the reason, never skips silently (issue 15).
  if (reason && process.env.CI === 'true') throw new Error(`${reason}.`);
  test.skip(reason !== null, `${reason}; skipped.`);
});

test.afterEach(async () => {
  await firefox?.close();
  firefox = undefined;
  removePolicy();
});

test('a policies.json policy holds from the first page: the disabled category never shows a card, the options are locked', async () => {
  fs.writeFileSync(POLICY_FILE, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: POLICY } } } }, null, 2));
  wrote = true;
  firefox = await launchFirefox();
  // Watch from the page's first moment: a risk mark or a card on the job offer (the category the
  // school disabled), even for a single frame.
  const zalo = await firefox.openFixture(ZALO, 'zalo.html', (page) => page.evaluateOnNewDocument(recordShownOn, 'bb_msg_id_1005'));
  await waitFor(async () => (await attributeOf(zalo, '#bb_msg_id_1003', 'data-not-alone')) === 'risk', 'the grooming message was never flagged', 60_000);
  // Judged with the policy: the job offer is marked ok (before that it is not marked at all).
  await waitFor(async () => (await attributeOf(zalo, '#bb_msg_id_1005', 'data-not-alone')) === 'ok', 'the job offer was not judged with the policy');
  expect(await zalo.evaluate(shownOn)).toEqual([]);
  expect((await cardOf(zalo, 'bb_msg_id_1003'))?.category).toBe('grooming');

  const managed = await firefox.inExtension(() => (globalThis as any).browser.storage.managed.get());
  expect(managed).toEqual(POLICY);

  const options = await firefox.extensionPage('options.html');
  const state = (testId: string) =>
    options.evaluate((id) => {
      const input = document.querySelector<HTMLInputElement>(`[data-testid="${id}"]`);
      return input ? { checked: input.checked, disabled: input.disabled } : null;
    }, testId);
  await waitFor(
    () => options.evaluate((org) => document.querySelector('[data-testid="policy-notice"]')?.textContent?.includes(org), ORGANIZATION),
    'the options page does not say who manages it',
  );
  expect(await state('category-trafficking_recruitment')).toEqual({ checked: false, disabled: true });
  expect(await state('category-grooming')).toEqual({ checked: true, disabled: true });
  expect(await state('sensitivity-balanced')).toEqual({ checked: true, disabled: true });
  expect(await state('sensitivity-off')).toEqual({ checked: false, disabled: true });
  expect(firefox.proxy.requests).toEqual([]);
});
