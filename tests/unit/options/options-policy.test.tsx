// @vitest-environment happy-dom
// How the options and welcome pages render a school / family IT policy (issues 6 and 7).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/entrypoints/options/OptionsApp';
import { WelcomeApp } from '@/entrypoints/welcome/WelcomeApp';
import { CATEGORIES, SENSITIVITIES } from '@/lib/detect/types';
import { SETTINGS_KEY } from '@/lib/store/settings';
import { description, mount, resetBrowser, type Mounted } from './render';

const ORG = 'Trường THCS Nguyễn Du';
/** The whole options page renders in each test; generous for a loaded 2-core machine. */
const PAGE_TEST_MS = 30_000;
let page: Mounted | undefined;
beforeEach(resetBrowser);
afterEach(() => page?.unmount());

const input = (testId: string) => page!.root.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`)!;

describe('options page under a policy', () => {
  it('shows every locked value as a disabled control described "Set by <organisation>", on the first screen', async () => {
    await fakeBrowser.storage.managed.set({ lockSettings: true, organizationName: ORG, sensitivity: 'strict', disabledCategories: ['bullying'], retentionDays: 30 });
    page = mount(<OptionsApp />);
    const notice = await page.find('policy-notice');
    expect(notice.textContent).toContain(`Managed by ${ORG}`);
    // The policy notice comes first, then the sensitivity, before anything else.
    expect(notice.compareDocumentPosition(await page.find('sensitivity-section')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    for (const level of SENSITIVITIES) {
      expect(input(`sensitivity-${level}`).disabled).toBe(true);
      expect(description(input(`sensitivity-${level}`))).toContain(`Set by ${ORG}`);
    }
    expect(input('sensitivity-strict').checked).toBe(true);
    for (const category of CATEGORIES) {
      expect(input(`category-${category}`).disabled).toBe(true);
      expect(description(input(`category-${category}`))).toContain(`Set by ${ORG}`);
    }
    expect(input('category-bullying').checked).toBe(false);
    expect(input('retention-days').disabled).toBe(true);
    expect(input('retention-days').value).toBe('30');
    expect(description(input('retention-days'))).toContain(`Set by ${ORG}`);
    expect(input('import-settings').disabled).toBe(true);
    expect(input('custom-phrase-text').disabled).toBe(true);
    expect(page.root.querySelector('[data-testid="mode-section"]')).toBeNull();
  }, PAGE_TEST_MS);

  it('disables only the levels below the floor and the categories the policy switches off', async () => {
    await fakeBrowser.storage.managed.set({ sensitivity: 'balanced', disabledCategories: ['scam'] });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, sensitivity: 'low' } });
    page = mount(<OptionsApp />);
    await page.find('sensitivity-section');
    expect(input('sensitivity-balanced').checked).toBe(true);
    expect([input('sensitivity-off').disabled, input('sensitivity-low').disabled]).toEqual([true, true]);
    expect(description(input('sensitivity-low'))).toContain('Set by the organisation that manages this computer (at least Balanced).');
    expect([input('sensitivity-balanced').disabled, input('sensitivity-strict').disabled]).toEqual([false, false]);
    expect(input('category-scam').disabled).toBe(true);
    expect(input('category-scam').checked).toBe(false);
    expect(input('category-grooming').disabled).toBe(false);
  }, PAGE_TEST_MS);

  it('lists the policy values it ignored, and why', async () => {
    await fakeBrowser.storage.managed.set({ organizationName: ORG, sensitivity: 'extreme', colour: 'red' });
    page = mount(<OptionsApp />);
    const items = [...(await page.find('policy-ignored')).querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toHaveLength(2);
    expect(items.join('\n')).toContain('colour');
    expect(items.join('\n')).toContain('"extreme"');
  }, PAGE_TEST_MS);
});

describe('welcome page under a policy', () => {
  it('has no parent/teen chooser and says the organisation sees nothing', async () => {
    await fakeBrowser.storage.managed.set({ organizationName: ORG });
    page = mount(<WelcomeApp />);
    expect((await page.find('welcome-managed')).textContent).toContain(`${ORG} has set up this extension`);
    expect(page.root.querySelector('[data-testid="choose-parent"]')).toBeNull();
    expect(page.root.querySelector('[data-testid="choose-teen"]')).toBeNull();
  });

  it('offers the chooser without a policy, with protection already on', async () => {
    page = mount(<WelcomeApp />);
    expect((await page.find('welcome-protection')).textContent).toContain('Protection is already on (level: Balanced)');
    expect(await page.find('choose-parent')).toBeTruthy();
  });
});
