// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '@/entrypoints/popup/PopupApp';
import { SETTINGS_KEY } from '@/lib/store/settings';
import { mount, resetBrowser, type Mounted } from './render';

let page: Mounted | undefined;
beforeEach(resetBrowser);
afterEach(() => page?.unmount());

describe('popup pause under a policy', () => {
  it('offers "Pause for 1 hour" without a policy', async () => {
    page = mount(<PopupApp />);
    expect((await page.find('popup-pause')).textContent).toBe('Pause for 1 hour');
  });

  it('has no pause when the organisation locks settings, and says who decided', async () => {
    await fakeBrowser.storage.managed.set({ lockSettings: true, organizationName: 'Trường THCS Nguyễn Du' });
    // A pause set earlier by the user does not count under a lock.
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, mode: 'teen', pausedUntil: Date.now() + 60_000 } });
    page = mount(<PopupApp />);
    expect((await page.find('popup-pause-locked')).textContent).toBe('Trường THCS Nguyễn Du does not allow pausing protection.');
    expect(page.root.querySelector('[data-testid="popup-pause"]')).toBeNull();
    expect(page.root.querySelector('[data-testid="popup-resume"]')).toBeNull();
    expect((await page.find('popup-protection')).textContent).toBe('Protection is on (Balanced).');
    expect((await page.find('popup-org')).textContent).toBe('Managed by Trường THCS Nguyễn Du');
  });
});
