// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collapsedText, matchRanges } from '@/entrypoints/chat.content/warning/highlight';

function bubble(): HTMLElement {
  const el = document.createElement('div');
  const name = document.createElement('div');
  name.textContent = 'Anh Tuấn';
  const text = document.createElement('div');
  text.append('Tối nay em ', Object.assign(document.createElement('b'), { textContent: 'ở nhà   một mình' }), ' hả?\n Nhớ đừng nói với bố mẹ.');
  const time = document.createElement('span');
  time.textContent = '20:03';
  el.append(name, text, time);
  document.body.append(el);
  return el;
}

const snapshot = (el: Element) => {
  const out: string[] = [];
  const walker = document.createTreeWalker(el, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push((n as Text).data);
  return out;
};

describe('match ranges over the page text nodes', () => {
  it('collapses whitespace like the adapters read text', () => {
    expect(collapsedText(bubble()).text).toBe('Anh TuấnTối nay em ở nhà một mình hả? Nhớ đừng nói với bố mẹ.20:03');
  });

  it('maps spans of the adapter text onto the right nodes, across elements, without changing them', () => {
    const el = bubble();
    const before = snapshot(el);
    const text = 'Tối nay em ở nhà một mình hả? Nhớ đừng nói với bố mẹ.';
    const spans: [number, number][] = [
      [8, 25],
      [34, 52],
    ];
    const ranges = matchRanges(el, text, spans);
    expect(ranges.map((r) => r.toString())).toEqual(['em ở nhà   một mình', 'đừng nói với bố mẹ']);
    expect(snapshot(el)).toEqual(before);
  });

  it('finds the words alone when the adapter skipped text in the middle', () => {
    const el = bubble();
    // As if the adapter had left out "hả?" (e.g. a quoted reply).
    const text = 'Tối nay em ở nhà một mình Nhớ đừng nói với bố mẹ.';
    const start = text.indexOf('đừng');
    expect(matchRanges(el, text, [[start, start + 4]]).map((r) => r.toString())).toEqual(['đừng']);
  });

  it('skips spans outside the text', () => {
    expect(matchRanges(bubble(), 'abc', [[2, 9], [3, 3]])).toEqual([]);
  });
});
