// Every locale has the same keys, no empty message, and the same substitutions ($1, $2) per key.
import { describe, expect, it } from 'vitest';
import { LOCALES, MESSAGES } from './tips/locale-messages';

const all = MESSAGES;
const substitutions = (text: string) => [...new Set(text.match(/\$\d/g) ?? [])].sort();

describe('locales', () => {
  it.each(LOCALES.filter((l) => l !== 'en'))('%s has exactly the keys of en', (lang) => {
    expect(Object.keys(all[lang]).sort()).toEqual(Object.keys(all.en).sort());
  });

  it.each(LOCALES)('%s has no empty message', (lang) => {
    const empty = Object.entries(all[lang]).filter(([, value]) => !value.message?.trim()).map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('uses the same substitutions in every locale', () => {
    const mismatched = Object.keys(all.en).filter((key) =>
      LOCALES.some((lang) => all[lang][key] && substitutions(all[lang][key]!.message).join() !== substitutions(all.en[key]!.message).join()),
    );
    expect(mismatched).toEqual([]);
  });
});
