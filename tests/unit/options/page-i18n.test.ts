// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { setPageLanguage, tr } from '@/entrypoints/options/shared/page-i18n';
import en from '@/public/_locales/en/messages.json';
import fr from '@/public/_locales/fr/messages.json';
import vi from '@/public/_locales/vi/messages.json';

describe('page strings', () => {
  it('fill named placeholders like browser.i18n does', () => {
    setPageLanguage('en');
    expect(tr('opt_retention_saved', ['30', '2'])).toBe('Saved: warnings are kept for 30 days. 2 older warnings were deleted.');
    expect(tr('policy_set_by', 'Trường THCS Nguyễn Du')).toBe('Set by Trường THCS Nguyễn Du');
  });

  it('never re-reads substituted text as a placeholder', () => {
    setPageLanguage('en');
    expect(tr('opt_generic_enabled', '$2 $ARG1$')).toBe('$2 $ARG1$ is now checked.');
  });

  it('follow the chosen language and set the document language', () => {
    expect(setPageLanguage('vi')).toBe('vi');
    expect(tr('opt_title')).toBe('Cài đặt');
    expect(document.documentElement.lang).toBe('vi');
    setPageLanguage('fr');
    expect(tr('opt_title')).toBe('Réglages');
  });

  it('show the key itself when a string is missing, never a blank', () => {
    expect(tr('no_such_key')).toBe('no_such_key');
  });

  it('exist in all three languages for every key the pages add', () => {
    const prefixes = ['opt_', 'pop_', 'act_', 'pin_', 'welcome_', 'page_'];
    const ours = (bundle: object) => Object.keys(bundle).filter((k) => prefixes.some((p) => k.startsWith(p))).sort();
    expect(ours(vi)).toEqual(ours(en));
    expect(ours(fr)).toEqual(ours(en));
    expect(ours(en).length).toBeGreaterThan(200);
  });
});
