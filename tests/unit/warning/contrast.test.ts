// Every text colour of the card, in both schemes and all three tones, on each background it sits
// on reaches WCAG AA (4.5:1); the focus ring and the card's border reach 3:1 (non-text). The
// colours are the palettes the shipped CSS is built from. (The layout e2e measures the rendered
// card too: tests/e2e/warning-layout.spec.ts.)
import { describe, expect, it } from 'vitest';
import { CARD_CSS, MARK_COLOURS, PALETTES } from '@/entrypoints/chat.content/warning/card-css';
import { luminance } from '@/entrypoints/chat.content/warning/card-layout';

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

const pairs = Object.entries(PALETTES).flatMap(([scheme, p]) =>
  Object.entries(p.tones).flatMap(([tone, c]) => [
    [`${scheme} ${tone} text`, p.fg, c.bg],
    [`${scheme} ${tone} muted`, p.muted, c.bg],
    [`${scheme} ${tone} link`, p.link, c.bg],
    [`${scheme} ${tone} first words`, c.lead, c.bg],
    [`${scheme} ${tone} primary button`, c.primaryFg, c.primaryBg],
    [`${scheme} button`, p.buttonFg, p.buttonBg],
  ]),
);

describe('card colours', () => {
  it.each(pairs)('%s: %s on %s is at least 4.5:1', (_, fg, bg) => {
    expect(CARD_CSS).toContain(fg);
    expect(CARD_CSS).toContain(bg);
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it('matched words are readable', () => {
    expect(contrast(MARK_COLOURS.fg, MARK_COLOURS.bg)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(Object.entries(PALETTES).flatMap(([scheme, p]) => Object.entries(p.tones).map(([tone, c]) => [scheme, tone, p.focus, c.border, c.bg])))(
    '%s %s: focus ring and border stand out (3:1)',
    (_, __, focus, border, bg) => {
      expect(contrast(focus, bg)).toBeGreaterThanOrEqual(3);
      expect(contrast(border, bg)).toBeGreaterThanOrEqual(3);
    },
  );
});
