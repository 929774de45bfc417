import { describe, expect, it } from 'vitest';
import { LOCALES, MESSAGES as messages } from './locale-messages';
import { CATEGORIES } from '@/lib/detect/types';
import { TIPS, TOP_TIPS, allTipKeys, selectTips } from '@/lib/tips/tips';

describe('tips data', () => {
  it.each(CATEGORIES)('%s has the top tips and more behind "More tips"', (category) => {
    expect(TIPS[category].length).toBeGreaterThan(TOP_TIPS);
    const { top, more } = selectTips(category);
    expect(top).toHaveLength(TOP_TIPS);
    expect(more.length).toBeGreaterThan(0);
    expect(new Set([...top, ...more]).size).toBe(TIPS[category].length);
  });

  it('uses each tip key once', () => {
    const keys = allTipKeys();
    expect(new Set(keys).size).toBe(keys.length);
  });

  const cases = CATEGORIES.flatMap((category) => LOCALES.map((lang) => [category, lang] as const));
  it.each(cases)('%s × %s: the sentence and every tip are translated', (category, lang) => {
    const keys = [`risk_${category}`, `warn_cat_${category}`, ...TIPS[category].map((tip) => tip.key)];
    for (const key of keys) {
      expect(messages[lang]![key]?.message, `${lang}:${key}`).toBeTruthy();
      if (lang !== 'en') expect(messages[lang]![key]!.message, `${lang}:${key} is not English`).not.toBe(messages.en![key]!.message);
    }
  });

  it('states the seminar and research advice the issue asks for', () => {
    const en = (key: string) => messages.en![key]!.message;
    expect(en(TIPS.sexual_request[0]!.key)).toMatch(/never film or send intimate/i);
    const sextortion = TIPS.sextortion.map((t) => en(t.key)).join(' ');
    for (const advice of [/do not pay/i, /do not send anything more/i, /stop replying/i, /never the image/i, /trusted adult/i, /report and block/i]) {
      expect(sextortion).toMatch(advice);
    }
    expect(TIPS.trafficking_recruitment.map((t) => en(t.key)).join(' ')).toMatch(/talk to your family/i);
    const scam = TIPS.scam.map((t) => en(t.key)).join(' ');
    expect(scam).toMatch(/OTP/);
    expect(scam).toMatch(/police and courts never ask for money/i);
    expect(en(TIPS.personal_info[0]!.key)).toMatch(/address, school, phone number or location/i);
  });
});

describe('selectTips', () => {
  it('moves the tip of a fired signal to the front', () => {
    expect(selectTips('grooming').top[0]).toBe('tip_grooming_1');
    expect(selectTips('grooming', ['move_private']).top[0]).toBe('tip_grooming_4');
    expect(selectTips('grooming', ['signal_meet_request']).top[0]).toBe('tip_grooming_2');
  });

  it('ignores unknown signals', () => {
    expect(selectTips('scam', ['nonsense'])).toEqual(selectTips('scam'));
  });
});
