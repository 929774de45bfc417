import { describe, expect, it } from 'vitest';
import { LOCALES, MESSAGES as messages } from './locale-messages';
import { CATEGORIES } from '@/lib/detect/types';
import { HELP_LINES, HELP_REGIONS, helpLineKeys, helpLinesFor, helpRegionKey, regionFromLocale, resolveHelpRegion } from '@/lib/tips/help-lines';
import { SETTINGS_FIELDS } from '@/lib/store/settings';
import * as v from 'valibot';

describe('help lines data', () => {
  const cases = HELP_REGIONS.flatMap((region) => CATEGORIES.flatMap((category) => LOCALES.map((lang) => [region, category, lang] as const)));
  it.each(cases)('%s × %s × %s: at least one help line, all translated', (region, category, lang) => {
    const lines = helpLinesFor(region, category);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      for (const key of helpLineKeys(line)) expect(messages[lang]![key]?.message, `${lang}:${key}`).toBeTruthy();
    }
    expect(messages[lang]![helpRegionKey(region)]?.message).toBeTruthy();
  });

  it('every region code is a valid helpRegion setting', () => {
    for (const region of [...HELP_REGIONS, 'auto']) expect(v.safeParse(SETTINGS_FIELDS.helpRegion, region).success).toBe(true);
  });

  it('Viet Nam: 111 (with its Zalo and Facebook pages), 113 and VNeID for every category', () => {
    for (const category of CATEGORIES) {
      const lines = helpLinesFor('VN', category);
      expect(lines.find((l) => l.id === 'vn_111')?.phone).toBe('111');
      expect(lines.find((l) => l.id === 'vn_113')?.phone).toBe('113');
      expect(lines.map((l) => l.id)).toEqual(expect.arrayContaining(['vn_111_zalo', 'vn_111_facebook', 'vn_vneid']));
    }
    expect(helpLinesFor('VN', 'sextortion')[0]!.id).toBe('vn_111');
    expect(HELP_LINES.VN.find((l) => l.id === 'vn_111_zalo')?.url).toBe('https://zalo.me/1249273939821550616');
    expect(HELP_LINES.VN.find((l) => l.id === 'vn_111_facebook')?.url).toBe('https://www.facebook.com/tongdaiquocgiabvte');
  });

  it('United States: CyberTipline and Take It Down for intimate-image categories', () => {
    for (const category of ['sexual_request', 'sextortion'] as const) {
      const ids = helpLinesFor('US', category).map((l) => l.id);
      expect(ids).toEqual(expect.arrayContaining(['us_cybertipline', 'take_it_down']));
    }
    expect(helpLinesFor('US', 'scam').map((l) => l.id)).not.toContain('take_it_down');
  });

  it('links are https and numbers are dialable', () => {
    for (const line of Object.values(HELP_LINES).flat()) {
      if (line.url) expect(new URL(line.url).protocol).toBe('https:');
      if (line.phone) expect(line.phone).toMatch(/^[\d-]+$/);
    }
  });
});

describe('choosing the region', () => {
  it.each([
    ['vi', 'VN'],
    ['vi-VN', 'VN'],
    ['en-US', 'US'],
    ['fr', 'FR'],
    ['fr-BE', 'BE'],
    ['fr-CA', 'CA'],
    ['en-GB', 'INTL'],
    ['en', null],
    ['de', null],
  ] as const)('locale %s → %s', (tag, region) => {
    expect(regionFromLocale(tag)).toBe(region);
  });

  it('follows the setting, then the first telling locale, then INTL', () => {
    expect(resolveHelpRegion('US', ['vi'])).toBe('US');
    expect(resolveHelpRegion('auto', ['en', 'vi'])).toBe('VN');
    expect(resolveHelpRegion('auto', ['en', 'en-US'])).toBe('US');
    expect(resolveHelpRegion('auto', ['en'])).toBe('INTL');
    expect(resolveHelpRegion('auto', [])).toBe('INTL');
    expect(resolveHelpRegion('DE', ['vi'])).toBe('INTL');
  });
});
