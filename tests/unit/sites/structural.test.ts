// @vitest-environment happy-dom
// The structural fallback on every site fixture with its class names and test ids scrambled (a
// site update that renamed everything): the site's own selectors find nothing, the fallback takes
// over, and every expected message is found and read with its words. Direction comes from the page
// only where it says so (labels, ids); alignment needs layout, which the e2e test has.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterFor } from '@/lib/sites';
import { FALLBACK_GRACE_MS, findStructuralList, withStructuralFallback } from '@/lib/sites/structural';
import { SITE_FIXTURES } from '../../fixtures/sites';
import { scramble } from '../../fixtures/sites/scramble';

function load(file: string, url: string, transform: (html: string) => string = (html) => html): void {
  const html = fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/sites', file), 'utf8');
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  document.open();
  document.write(transform(html).replace(/<script>[\s\S]*?<\/script>/g, ''));
  document.close();
}

/** The element a fixture marks with data-expect, for a message element: itself, inside it, or around it. */
function expectedOf(el: Element): Element | null {
  const inside = el.querySelectorAll('[data-expect]');
  return el.closest('[data-expect]') ?? (inside.length === 1 ? inside[0]! : null);
}

/** Telegram's fixtures choose the chat in the hash; the unit page has no script to set it. */
const URLS: Record<string, string> = {
  'telegram-k.html': 'https://web.telegram.org/k/#777000123',
  'telegram-a.html': 'https://web.telegram.org/a/#-1001234567890',
};

describe.each(SITE_FIXTURES.map((fixture) => [fixture.file, fixture] as const))('%s with classes and test ids scrambled', (file, fixture) => {
  const url = URLS[file] ?? fixture.url;

  it('is still read: by the site reader where its remaining hooks hold, else by the fallback', () => {
    load(file, url, scramble);
    const reading = withStructuralFallback(adapterFor(new URL(url))!, { graceMs: 0 });
    const container = reading.findContainer(document);
    expect(container, 'a message list').not.toBeNull();
    const elements = reading.findMessages(container!);
    const expected = [...document.querySelectorAll('[data-expect]')];
    // Every expected message is found once, and nothing else holds words of its own.
    const found = elements.map(expectedOf);
    expect(new Set(found.filter(Boolean)).size).toBe(expected.length);
    const reads = elements.map((el) => reading.readMessage(el));
    for (const [i, read] of reads.entries()) {
      if (found[i]) expect(read?.text.length, `words of ${expected.indexOf(found[i]!)}`).toBeGreaterThan(0);
      else expect(read, 'a non-message is not read').toBeNull();
    }
    expect(['site', 'fallback']).toContain(reading.reader());
  });
});

describe('the fallback', () => {
  it('takes over only when the site reader finds nothing on a page that should be a chat', () => {
    const fixture = SITE_FIXTURES.find((f) => f.file === 'x-chat.html')!;
    load(fixture.file, fixture.url);
    const reading = withStructuralFallback(adapterFor(new URL(fixture.url))!, { graceMs: 0 });
    reading.findContainer(document);
    expect(reading.reader()).toBe('site');
    load(fixture.file, fixture.url, scramble);
    reading.findContainer(document);
    expect(reading.reader()).toBe('fallback');
    // Not a chat page: no fallback, whatever the page holds.
    load(fixture.file, 'https://x.com/i/chat', scramble);
    expect(reading.findContainer(document)).toBeNull();
    expect(reading.reader()).toBeNull();
  });

  it('finds nothing on a page without a repeated text list', () => {
    document.body.innerHTML = '<main><h1 dir="auto">Hello</h1><p>One paragraph</p></main>';
    expect(findStructuralList(document)).toBeNull();
  });

  it('reads the child’s own side from a label, never guesses it from nothing', () => {
    document.body.innerHTML = `<main><div id="list">
      <div role="row"><h5>Minh</h5><div dir="auto">Are you home alone tonight?</div></div>
      <div role="row"><h5>You sent</h5><div dir="auto">No, stop.</div></div>
    </div></main>`;
    const list = findStructuralList(document)!;
    expect(list.container.id).toBe('list');
    const reading = withStructuralFallback({ ...adapterFor(new URL('https://www.messenger.com/t/1/'))!, findContainer: () => null }, { graceMs: 0 });
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://www.messenger.com/t/1/');
    const container = reading.findContainer(document)!;
    expect(reading.findMessages(container).map((row) => reading.readMessage(row))).toEqual([
      { text: 'Are you home alone tonight?', direction: 'in' },
      { text: 'No, stop.', direction: 'out' },
    ]);
  });

  it('waits for the site\'s own list after a navigation before reading the page by its structure', () => {
    document.body.innerHTML = `<main><div id="list">
      <div role="row"><div dir="auto">A comment still on screen from the previous page</div></div>
      <div role="row"><div dir="auto">Another comment from that page</div></div>
    </div></main>`;
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://www.messenger.com/t/1/');
    let clock = 1000;
    const reading = withStructuralFallback(
      { ...adapterFor(new URL('https://www.messenger.com/t/1/'))!, findContainer: () => null },
      { now: () => clock, graceMs: FALLBACK_GRACE_MS },
    );
    expect(reading.findContainer(document)).toBeNull();
    expect(reading.reader()).toBeNull();
    clock += FALLBACK_GRACE_MS - 1;
    expect(reading.findContainer(document)).toBeNull();
    clock += 1;
    expect(reading.findContainer(document)?.id).toBe('list');
    expect(reading.reader()).toBe('fallback');
  });
});
