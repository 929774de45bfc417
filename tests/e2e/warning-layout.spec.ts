// The card wherever the chat lives (issue 16): a wide window, a chat box docked in a corner
// (330 × 450), a narrow iframe (400 px), 200 % zoom; light and dark. In each, measured in the
// browser: the card stays inside the message list (bounding boxes), nothing overflows sideways,
// it sits under its message without covering it, its headline and actions are visible without
// scrolling inside the chat box, it follows its message when the list scrolls or re-renders, and
// every text on it reaches 4.5:1 against what is behind it.
import { test, expect as baseExpect, type Frame, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, launchWithExtension, serveFixture, type Launched } from './support/extension';
import { sampleFor } from './support/samples';

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 180_000 });

const ZALO = 'https://chat.zalo.me/';
const LAB = 'warning-lab.html';
const FRAME_HOST = 'https://www.youtube.com/watch?v=not-alone-lab';

interface Layout {
  name: string;
  viewport: { width: number; height: number };
  /** Classes of the lab (#docked, #dark, #light). */
  hash: string;
  colorScheme: 'light' | 'dark';
  /** The lab inside a 400 px iframe of another page. */
  iframe?: boolean;
  narrow: boolean;
  theme: 'light' | 'dark';
}

const LAYOUTS: Layout[] = [
  { name: 'wide 1280 px, light', viewport: { width: 1280, height: 800 }, hash: '', colorScheme: 'light', narrow: false, theme: 'light' },
  { name: 'wide 1280 px, site dark theme', viewport: { width: 1280, height: 800 }, hash: 'dark', colorScheme: 'light', narrow: false, theme: 'dark' },
  { name: 'docked chat box 330 × 450, light', viewport: { width: 1280, height: 800 }, hash: 'docked', colorScheme: 'light', narrow: true, theme: 'light' },
  { name: 'docked chat box 330 × 450, system dark', viewport: { width: 1280, height: 800 }, hash: 'docked', colorScheme: 'dark', narrow: true, theme: 'dark' },
  { name: 'narrow iframe 400 px, light', viewport: { width: 1280, height: 800 }, hash: '', colorScheme: 'light', iframe: true, narrow: true, theme: 'light' },
  { name: 'narrow iframe 400 px, site dark theme', viewport: { width: 1280, height: 800 }, hash: 'dark', colorScheme: 'light', iframe: true, narrow: true, theme: 'dark' },
  // 200 % zoom of a 1280 × 800 window: half the CSS pixels.
  { name: '200 % zoom, light', viewport: { width: 640, height: 400 }, hash: '', colorScheme: 'light', narrow: true, theme: 'light' },
  { name: '200 % zoom, system dark but site light', viewport: { width: 640, height: 400 }, hash: 'light', colorScheme: 'dark', narrow: true, theme: 'light' },
];

let browser: Launched;
test.afterEach(async () => browser?.close());

async function openLab(layout: Layout): Promise<{ page: Page; chat: Frame }> {
  browser = await launchWithExtension({ language: 'en' });
  await serveFixture(browser.context, ZALO, LAB);
  const page = await browser.context.newPage();
  await page.setViewportSize(layout.viewport);
  await page.emulateMedia({ colorScheme: layout.colorScheme });
  const url = `${ZALO}${layout.hash ? `#${layout.hash}` : ''}`;
  if (!layout.iframe) {
    await page.goto(url);
    return { page, chat: page.mainFrame() };
  }
  const host = `<!doctype html><html><head><meta charset="utf-8"><title>Live</title></head>
    <body style="margin:0;display:flex;gap:16px;background:#fff"><div style="flex:1;height:600px;background:#000"></div>
    <iframe id="chat" src="${url}" style="width:400px;height:600px;border:1px solid #ccc"></iframe></body></html>`;
  await browser.context.route(FRAME_HOST, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: host }));
  await page.goto(FRAME_HOST);
  const frame = page.frameLocator('#chat');
  await expect(frame.locator('#bb_msg_id_3002')).toBeVisible();
  const chat = page.frames().find((f) => f.url().startsWith(ZALO));
  if (!chat) throw new Error('the chat frame did not load');
  return { page, chat };
}

interface Fit {
  narrow: boolean;
  theme: 'light' | 'dark';
  cardInList: boolean;
  listOverflowsSideways: boolean;
  overflowingInside: string[];
  coversMessage: boolean;
  headlineAndActionsVisible: boolean;
  /** Card top to the bottom of its last action, CSS px. */
  headToActions: number;
  cardWidth: number;
  cardHeight: number;
  listWidth: number;
  lowContrast: string[];
  minContrast: number;
}

/** Everything measured about the card after message `id`, after scrolling its top into view. */
function measure(chat: Frame, id: string): Promise<Fit> {
  return chat.evaluate((id) => {
    const message = document.getElementById(id)!;
    const host = message.nextElementSibling!;
    const root = host.shadowRoot!;
    const frame = root.querySelector('.frame') as HTMLElement;
    const card = root.querySelector('[data-testid="warning-card"]') as HTMLElement;
    const list = document.getElementById('messageViewScroll')!;
    card.scrollIntoView({ block: 'start' });
    const listBox = list.getBoundingClientRect();
    const box = card.getBoundingClientRect();
    const messageBox = message.getBoundingClientRect();
    const actions = [...card.querySelectorAll<HTMLElement>('[data-testid="warning-actions"] button')];
    const headline = card.querySelector('[data-testid="warning-headline"]')!.getBoundingClientRect();
    const visible = (r: DOMRect) => r.top >= listBox.top - 1 && r.bottom <= listBox.bottom + 1 && r.bottom <= innerHeight + 1 && r.right <= innerWidth + 1;
    const actionBoxes = actions.map((a) => a.getBoundingClientRect());

    // WCAG contrast of every text on the card against the first painted background behind it.
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r = 0, g = 0, b = 0]: number[]) =>
      [r, g, b].map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    const background = (el: Element): number[] => {
      for (let node: Element | null = el; node; node = node.parentElement) {
        const c = rgb(getComputedStyle(node).backgroundColor);
        if (c.length >= 3 && (c[3] ?? 1) >= 0.99) return c;
      }
      return [255, 255, 255];
    };
    const lowContrast: string[] = [];
    let minContrast = 21;
    for (const el of card.querySelectorAll<HTMLElement>('*')) {
      const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
      if (!ownText || el.getClientRects().length === 0) continue;
      const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(background(el))];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      minContrast = Math.min(minContrast, ratio);
      if (ratio < 4.5) lowContrast.push(`${el.tagName} "${el.textContent!.slice(0, 30)}" ${ratio.toFixed(2)}`);
    }
    const overflowingInside = [card, ...card.querySelectorAll<HTMLElement>('*')]
      .filter((el) => el.getClientRects().length > 0 && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
      .map((el) => el.tagName);
    const outside = [...card.querySelectorAll<HTMLElement>('*')].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1);
    });
    return {
      narrow: frame.classList.contains('narrow'),
      theme: frame.classList.contains('dark') ? 'dark' : 'light',
      cardInList: box.left >= listBox.left - 1 && box.right <= listBox.right + 1,
      listOverflowsSideways: list.scrollWidth > list.clientWidth + 1,
      overflowingInside: [...overflowingInside, ...outside.map((el) => `outside:${el.tagName}`)],
      coversMessage: box.top < messageBox.bottom - 1 && box.bottom > messageBox.top + 1 && box.left < messageBox.right && box.right > messageBox.left,
      headlineAndActionsVisible: visible(headline) && actionBoxes.every(visible),
      headToActions: Math.round(Math.max(...actionBoxes.map((r) => r.bottom)) - box.top),
      cardWidth: Math.round(box.width),
      cardHeight: Math.round(box.height),
      listWidth: Math.round(listBox.width),
      lowContrast,
      minContrast: Math.round(minContrast * 100) / 100,
    } as const;
  }, id);
}

async function addInOwnChat(chat: Frame, conversation: string, text: string): Promise<string> {
  return chat.evaluate(
    ([conversation, text]) => {
      document.getElementById('richInput')!.setAttribute('data-trailer', conversation!);
      return (window as unknown as { zaloDemo: { addMessage(t: string): string } }).zaloDemo.addMessage(text!);
    },
    [conversation, text] as const,
  );
}

const report: Record<string, unknown> = {};

for (const layout of LAYOUTS) {
  test(`the card fits and reads: ${layout.name}`, async () => {
    const { chat } = await openLab(layout);
    const first = chat.locator('#bb_msg_id_3002 + not-alone-warning [data-testid="warning-card"]');
    await expect(first).toBeVisible();
    // A firm card with its help lines open, the tallest the card starts.
    const severe = await addInOwnChat(chat, 'layout-severe', sampleFor('sextortion').text);
    await expect(chat.locator(`#${severe} + not-alone-warning [data-testid="warning-help"]`)).toBeVisible();

    for (const id of ['bb_msg_id_3002', severe]) {
      const fit = await measure(chat, id);
      report[`${layout.name} ${id === severe ? 'sextortion' : 'grooming'}`] = fit;
      expect(fit, id).toMatchObject({
        narrow: layout.narrow,
        theme: layout.theme,
        cardInList: true,
        listOverflowsSideways: false,
        overflowingInside: [],
        coversMessage: false,
        headlineAndActionsVisible: true,
        lowContrast: [],
      });
      expect(fit.minContrast).toBeGreaterThanOrEqual(4.5);
      // Inside a 450 px-tall box, headline and actions take well under its height.
      expect(fit.headToActions).toBeLessThan(layout.narrow ? 330 : 250);
      expect(fit.cardWidth).toBeLessThanOrEqual(fit.listWidth);
    }

    // Opening everything keeps it inside the list, sideways too, and readable.
    const card = chat.locator(`#${severe} + not-alone-warning [data-testid="warning-card"]`);
    await card.getByTestId('warning-more-tips').click();
    await card.getByTestId('warning-why-toggle').click();
    const open = await measure(chat, severe);
    expect(open).toMatchObject({ cardInList: true, listOverflowsSideways: false, overflowingInside: [], coversMessage: false, lowContrast: [] });
  });
}

test('the card follows its message when the list scrolls, re-renders or the box is resized', async () => {
  const layout = LAYOUTS[0]!;
  const { page, chat } = await openLab(layout);
  const host = chat.locator('#bb_msg_id_3002 + not-alone-warning');
  await expect(host.getByTestId('warning-card')).toBeVisible();
  const gap = () =>
    chat.evaluate(() => {
      const message = document.getElementById('bb_msg_id_3002')!;
      const card = message.nextElementSibling!.getBoundingClientRect();
      return Math.round(card.top - message.getBoundingClientRect().bottom);
    });
  const before = await gap();
  expect(before).toBeGreaterThanOrEqual(0);
  await chat.evaluate(() => document.getElementById('messageViewScroll')!.scrollBy(0, 120));
  expect(await gap()).toBe(before);

  // The site re-renders the bubble (a new element, same message): one card, still right after it.
  await chat.evaluate(() => {
    const old = document.getElementById('bb_msg_id_3002')!;
    old.replaceWith(old.cloneNode(true));
  });
  await expect(chat.locator('#bb_msg_id_3002 + not-alone-warning [data-testid="warning-card"]')).toBeVisible();
  await expect(chat.locator('not-alone-warning')).toHaveCount(3);
  expect(await gap()).toBe(before);

  // The window shrinks to a docked box's size: the card turns narrow without a reload.
  await page.setViewportSize({ width: 360, height: 460 });
  await expect.poll(() => chat.evaluate(() => document.querySelector('#bb_msg_id_3002 + not-alone-warning')!.shadowRoot!.querySelector('.frame')!.classList.contains('narrow'))).toBe(true);
});

test.afterAll(() => {
  // Measured figures, for docs and the report (not asserted here).
  const out = path.join(ROOT, 'test-results', 'warning-layout.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(report, null, 2));
});
