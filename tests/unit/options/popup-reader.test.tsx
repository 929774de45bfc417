// @vitest-environment happy-dom
// The popup says when a site is read by the structural fallback (issue 13): its layout changed and
// protection is reduced there.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '@/entrypoints/popup/PopupApp';
import type { TabStatus } from '@/lib/messages';
import { mount, resetBrowser, type Mounted } from './render';

let page: Mounted | undefined;
beforeEach(resetBrowser);
afterEach(() => {
  page?.unmount();
  vi.restoreAllMocks();
});

function answer(status: TabStatus): void {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 } as never]);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(status as never);
}

describe('popup: which reader reads this tab', () => {
  it('says "layout changed — reduced protection" when the fallback reads the site', async () => {
    answer({ site: 'telegram', recognised: true, scanned: 5, flagged: 2, active: true, reader: 'fallback' });
    page = mount(<PopupApp />);
    const line = await page.find('popup-tab-site');
    expect(line.textContent).toContain('layout changed — reduced protection');
    expect(line.getAttribute('data-reader')).toBe('fallback');
  });

  it('says the messages are checked when the site reader reads them', async () => {
    answer({ site: 'telegram', recognised: true, scanned: 5, flagged: 2, active: true, reader: 'site' });
    page = mount(<PopupApp />);
    const line = await page.find('popup-tab-site');
    expect(line.textContent).not.toContain('layout changed');
    expect(line.textContent).toContain('messages on this page are checked');
  });
});
