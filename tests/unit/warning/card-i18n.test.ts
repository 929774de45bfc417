// The card speaks the parent's chosen language, with the browser's as the fallback.
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/ui/i18n', () => ({
  t: (key: string) => `browser:${key}`,
  uiLanguage: () => 'en',
}));

const { cardLang, ct, setCardLanguage } = await import('@/entrypoints/chat.content/warning/card-i18n');
const { cardStrings, isCardKey } = await import('@/lib/ui/card-strings');
const { parseMessage } = await import('@/lib/messages');

afterEach(() => setCardLanguage('auto', async () => null));

describe('card language', () => {
  it('uses the strings of the chosen language, with substitutions', async () => {
    const load = vi.fn(async (lang: 'vi' | 'en' | 'fr') => cardStrings(lang));
    await setCardLanguage('fr', load);
    expect(load).toHaveBeenCalledWith('fr');
    expect(cardLang()).toBe('fr');
    expect(ct('warn_what_can_i_do')).toBe('Que faire ?');
    expect(ct('warn_stack_more', '2')).toBe('2 autres signaux d’alerte dans cette discussion');
  });

  it("follows the browser when the choice is 'auto' or the browser's own language", async () => {
    const load = vi.fn(async () => cardStrings('vi'));
    await setCardLanguage('en', load);
    await setCardLanguage('auto', load);
    expect(load).not.toHaveBeenCalled();
    expect(ct('warn_ok')).toBe('browser:warn_ok');
  });

  it("falls back to the browser's language when the strings cannot be had", async () => {
    await setCardLanguage('vi', async () => {
      throw new Error('worker away');
    });
    expect(cardLang()).toBe('en');
    expect(ct('warn_ok')).toBe('browser:warn_ok');
  });

  it('a slow answer for an older choice does not win', async () => {
    let release: (value: ReturnType<typeof cardStrings>) => void = () => {};
    const slow = setCardLanguage('vi', () => new Promise((resolve) => (release = resolve)));
    await setCardLanguage('fr', async (lang) => cardStrings(lang));
    release(cardStrings('vi'));
    await slow;
    expect(cardLang()).toBe('fr');
  });

  it('asks the worker only for a language the extension ships', () => {
    expect(parseMessage({ type: 'card-strings', lang: 'vi' })).toEqual({ type: 'card-strings', lang: 'vi' });
    expect(parseMessage({ type: 'card-strings', lang: 'de' })).toBeNull();
    expect(parseMessage({ type: 'card-strings' })).toBeNull();
  });

  it('hands over only what a page draws', () => {
    const keys = Object.keys(cardStrings('vi'));
    expect(keys).toContain('head_sextortion');
    expect(keys).toContain('help_vn_111_name');
    expect(keys.every(isCardKey)).toBe(true);
    expect(keys).not.toContain('options_title');
    expect(keys.some((k) => k.startsWith('evidence_') || k.startsWith('popup_'))).toBe(false);
  });
});
