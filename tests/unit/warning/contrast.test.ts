// Every text colour of the card and the nudge on each background it sits on reaches WCAG AA
// (4.5:1), and the focus ring reaches 3:1 (non-text). The colours are read from the shipped CSS.
import { describe, expect, it } from 'vitest';
import { CARD_CSS } from '@/entrypoints/chat.content/warning/card-css';

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

const BACKGROUNDS = ['#fff8e6', '#f3f8ff', '#fdecec'];
const TEXT = ['#1b1b1f', '#5c5c66', '#0b4fb3'];

describe('card colours', () => {
  it.each(BACKGROUNDS.flatMap((bg) => TEXT.map((fg) => [fg, bg])))('%s on %s is at least 4.5:1', (fg, bg) => {
    expect(CARD_CSS).toContain(fg);
    expect(CARD_CSS).toContain(bg);
    expect(contrast(fg!, bg!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    ['#8c1d18', '#fdecec'], // firm lead
    ['#1b1b1f', '#ffe066'], // matched words
    ['#1b1b1f', '#ffffff'], // buttons
    ['#44444c', '#eeeeef'], // disabled button
  ])('%s on %s is at least 4.5:1', (fg, bg) => {
    expect(contrast(fg!, bg!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(BACKGROUNDS)('the focus ring stands out from %s (3:1)', (bg) => {
    expect(CARD_CSS).toContain('#1a56db');
    expect(contrast('#1a56db', bg)).toBeGreaterThanOrEqual(3);
  });
});
