// @vitest-environment happy-dom
// The card's space and colours: narrow under 400 × 500 px, dark where the page paints dark.
import { afterEach, describe, expect, it } from 'vitest';
import { giveOwnLine, luminance, pageTheme, parseRgb } from '@/entrypoints/chat.content/warning/card-layout';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('card layout', () => {
  it('reads computed colours', () => {
    expect(parseRgb('rgb(17, 18, 20)')).toEqual([17, 18, 20, 1]);
    expect(parseRgb('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseRgb('rgb(255 255 255 / 50%)')).toEqual([255, 255, 255, 0.5]);
    expect(parseRgb('transparent')).toBeNull();
    expect(luminance([255, 255, 255])).toBeCloseTo(1);
    expect(luminance([0, 0, 0])).toBe(0);
  });

  it('follows the first painted background behind the card', () => {
    document.body.innerHTML = '<div id="dark" style="background-color: rgb(17, 18, 20)"><div id="list"><p id="host"></p></div></div><div id="light" style="background-color: rgb(250, 250, 250)"><p id="host2"></p></div>';
    expect(pageTheme(document.getElementById('host')!)).toBe('dark');
    expect(pageTheme(document.getElementById('host2')!)).toBe('light');
  });

  it('puts the card on a line of its own in a flex row', () => {
    document.body.innerHTML = '<div id="row" style="display: flex"><div id="bubble"></div><span id="host"></span></div>';
    const host = document.getElementById('host')!;
    giveOwnLine(host);
    expect(document.getElementById('row')!.style.getPropertyValue('flex-wrap')).toBe('wrap');
    expect(host.style.getPropertyValue('--na-flex')).toBe('0 0 100%');
  });
});
