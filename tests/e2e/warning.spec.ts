// The warning card in real Chromium with the built extension, on the warning lab (a Zalo page):
// every category in vi/en/fr with its tips, help lines by region, the child's answers surviving a
// reload, the evidence page, keyboard and screen-reader access, untouched page text, the nudge.
import { test, expect as baseExpect, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { CATEGORIES } from '../../lib/detect/types';
import { ROOT, launchWithExtension, openFixture, readEvents, serviceWorker, type Launched } from './support/extension';
import { sampleFor } from './support/samples';

// Waits are for states, never for time; on a 2-core machine shared with other runs (load ~30
// seen) a page can take well over the default 10 s to judge and draw seven messages.
const expect = baseExpect.configure({ timeout: 30_000 });

const ZALO = 'https://chat.zalo.me/';
const LAB = 'warning-lab.html';
type Lang = 'en' | 'vi' | 'fr';
const messages = (lang: Lang) =>
  JSON.parse(fs.readFileSync(path.join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;

const card = (page: Page, id: string) => page.locator(`#${id} + not-alone-warning [data-testid="warning-card"]`);
const host = (page: Page, id: string) => page.locator(`#${id} + not-alone-warning`);

/** Add a message in a conversation of its own, so every card is the first of its chat. */
async function addInOwnChat(page: Page, chat: string, text: string, outgoing: boolean): Promise<string> {
  return page.evaluate(
    ([chat, text, outgoing]) => {
      document.getElementById('richInput')!.setAttribute('data-trailer', chat as string);
      return (window as any).zaloDemo.addMessage(text, outgoing);
    },
    [chat, text, outgoing] as const,
  );
}

/** Open one of the card's panels in place ("What can I do?", "Get help", "Why?"). */
async function openPanel(page: Page, id: string, panel: 'tips' | 'help' | 'why') {
  const c = card(page, id);
  const toggle = c.getByTestId({ tips: 'warning-more-tips', help: 'warning-help-toggle', why: 'warning-why-toggle' }[panel]);
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const region = c.getByTestId({ tips: 'warning-tips-panel', help: 'warning-help', why: 'warning-why' }[panel]);
  await expect(region).toBeVisible();
  return region;
}

// Several launches and reloads per test on a 2-core machine shared with other runs: generous
// budgets, no timed assertions (every wait is for a state).
test.describe.configure({ timeout: 240_000 });

let browser: Launched;
test.afterEach(async () => browser?.close());

interface CardReading {
  category: string | null;
  lead: string;
  head: string;
  risk: string;
  tip: [string, string];
  more: [string, string][];
  reasons: string[];
  words: string[];
}

/** Everything the card shows, read in one go (hidden parts included) to keep round trips few. */
function readCard(page: Page, id: string): Promise<CardReading> {
  return page.evaluate((id) => {
    const root = document.getElementById(id)!.nextElementSibling!.shadowRoot!;
    const text = (sel: string) => root.querySelector(sel)?.textContent ?? '';
    const tips = (sel: string) =>
      [...root.querySelectorAll(`${sel} li[data-tip]`)].map((li) => [li.getAttribute('data-tip')!, li.textContent!] as [string, string]);
    return {
      category: root.querySelector('[data-testid="warning-card"]')?.getAttribute('data-category') ?? null,
      lead: text('[data-testid="warning-lead"]'),
      head: text('[data-testid="warning-head"]'),
      risk: text('[data-testid="warning-risk"]'),
      tip: [root.querySelector('[data-testid="warning-tip"]')?.getAttribute('data-tip') ?? '', text('[data-testid="warning-tip"]')] as [string, string],
      more: tips('[data-testid="warning-more-list"]'),
      reasons: [...root.querySelectorAll('[data-testid="warning-reasons"] li')].map((li) => li.textContent!),
      words: [...root.querySelectorAll('[data-testid="warning-words"] mark')].map((m) => m.textContent!),
    };
  }, id);
}

for (const lang of ['vi', 'en', 'fr'] as const) {
  test(`every category gets its card, sentence and tips in ${lang}`, async () => {
    const m = messages(lang);
    browser = await launchWithExtension({ language: lang });
    const page = await openFixture(browser.context, ZALO, LAB);
    await expect(page.locator('[data-not-alone]')).toHaveCount(7);

    for (const category of CATEGORIES) {
      const { text, outgoing } = sampleFor(category);
      const id = await addInOwnChat(page, `lab-${category}`, text, outgoing);
      await expect(card(page, id)).toBeVisible();
      await expect(page.locator(`#${id}`)).toHaveAttribute('data-not-alone-category', category);
      const shown = await readCard(page, id);
      expect(shown.category).toBe(category);
      expect(shown.risk).toBe(m[outgoing ? `warn_out_${category}` : `risk_${category}`]!.message);
      expect(shown.head).toBe(m[outgoing ? `head_out_${category}` : `head_${category}`]!.message);
      if (category === 'sextortion' || category === 'sexual_request') expect(shown.lead).toBe(m.warn_lead_firm!.message);
      // One tip on the card, the rest behind "What can I do?": all of this category, in this language.
      expect(shown.more.length).toBeGreaterThanOrEqual(3);
      for (const [key, tipText] of [shown.tip, ...shown.more]) {
        expect(key).toMatch(new RegExp(`^tip_${category}_\\d+$`));
        expect(tipText).toBe(m[key]!.message);
      }
      // "Why am I seeing this?": reasons in words (never a raw id) and the matched words.
      expect(shown.reasons.length).toBeGreaterThan(0);
      for (const reason of shown.reasons) expect(reason).not.toMatch(/^signal_|^[a-z]+(_[a-z]+)+$/);
      expect(shown.words.length).toBeGreaterThan(0);
      for (const word of shown.words) expect(text).toContain(word);
    }

    // "What can I do?" and "Why?" open in place (checked once, on the last card).
    const last = page.locator('not-alone-warning').last().getByTestId('warning-card');
    const more = last.getByTestId('warning-more-tips');
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expect(more).toHaveText(m.warn_what_can_i_do!.message);
    await expect(last.getByTestId('warning-more-list')).toBeHidden();
    await more.click();
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    await expect(last.getByTestId('warning-more-list')).toBeVisible();
    await last.getByTestId('warning-why-toggle').click();
    await expect(last.getByTestId('warning-words')).toBeVisible();
  });
}

test('help lines follow the region: Viet Nam has 111, 113, VNeID and 111 on Zalo and Facebook', async () => {
  browser = await launchWithExtension({ language: 'vi' });
  const page = await openFixture(browser.context, ZALO, LAB);
  const help = await openPanel(page, 'bb_msg_id_3002', 'help');
  const hotline = help.locator('[data-help-id="vn_111"]');
  await expect(hotline).toContainText(messages('vi').help_vn_111_name!.message);
  await expect(hotline.locator('a[href="tel:111"]')).toBeVisible();
  await expect(help.locator('[data-help-id="vn_113"] a[href="tel:113"]')).toBeVisible();
  await expect(help.locator('[data-help-id="vn_vneid"]')).toContainText('Kiến nghị, phản ánh về ANTT');
  await expect(help.locator('[data-help-id="vn_111_zalo"] a')).toHaveAttribute('href', 'https://zalo.me/1249273939821550616');
  await expect(help.locator('[data-help-id="vn_111_facebook"] a')).toHaveAttribute('href', 'https://www.facebook.com/tongdaiquocgiabvte');
});

test('the help region setting wins over the browser language (US lines in a French browser)', async () => {
  browser = await launchWithExtension({ language: 'fr' });
  const worker = await serviceWorker(browser.context);
  await worker.evaluate(() => (globalThis as any).chrome.storage.local.set({ settings: { version: 1, helpRegion: 'US' } }));
  const page = await openFixture(browser.context, ZALO, LAB);
  await expect(page.locator('[data-not-alone]')).toHaveCount(7);
  const { text } = sampleFor('sextortion');
  const id = await addInOwnChat(page, 'lab-us', text, false);
  const help = await openPanel(page, id, 'help');
  await expect(help.locator('[data-help-id="us_cybertipline"]')).toBeVisible();
  await expect(help.locator('[data-help-id="take_it_down"] a')).toHaveAttribute('href', 'https://takeitdown.ncmec.org/');
  await expect(help.locator('[data-help-id="vn_111"]')).toHaveCount(0);
  await expect(help).toContainText(messages('fr').help_us_cybertipline_detail!.message);
});

test('seen, not nagging: later warnings soon after a card stack into it; after two cards a calm line with the count', async () => {
  browser = await launchWithExtension({ language: 'en' });
  const page = await openFixture(browser.context, ZALO, LAB);
  await expect(page.locator('[data-not-alone]')).toHaveCount(7);
  const m = messages('en');
  const { text } = sampleFor('scam');
  const first = await addInOwnChat(page, 'lab-busy', text, false);
  await expect(card(page, first)).toBeVisible();
  // Two more in the same chat right away: one line each by their message, counted in the card.
  const second = await addInOwnChat(page, 'lab-busy', `${text} !`, false);
  const third = await addInOwnChat(page, 'lab-busy', `${text} !!`, false);
  for (const id of [second, third]) {
    const line = host(page, id).getByTestId('warning-compact');
    await expect(line).toHaveAttribute('data-kind', 'stacked');
    await expect(card(page, id)).toHaveCount(0);
  }
  await expect(card(page, first).getByTestId('warning-stack')).toHaveText(m.warn_stack_more!.message.replace('$1', '2'));

  // Once the child closed the card, the next warning gets its own; after two cards, a calm line.
  await card(page, first).getByTestId('warning-dismiss').click();
  const fourth = await addInOwnChat(page, 'lab-busy', `${text} ?`, false);
  await expect(card(page, fourth)).toBeVisible();
  await expect(card(page, fourth).getByTestId('warning-summary')).toHaveText(m.warn_summary!.message.replace('$1', '4'));
  await card(page, fourth).getByTestId('warning-dismiss').click();
  const fifth = await addInOwnChat(page, 'lab-busy', `${text} ??`, false);
  const calm = host(page, fifth).getByTestId('warning-compact');
  await expect(calm).toHaveAttribute('data-kind', 'calm');
  await expect(calm).toContainText(m.warn_summary!.message.replace('$1', '5'));
  await calm.getByTestId('warning-compact-show').click();
  await expect(card(page, fifth)).toBeVisible();
  await expect(card(page, fifth)).toBeFocused();
});

test('Dismiss, "This is OK" and Save evidence work and last after a reload; the evidence page lists, exports and deletes', async () => {
  browser = await launchWithExtension({ language: 'en' });
  const page = await openFixture(browser.context, ZALO, LAB);
  await expect(page.locator('[data-not-alone="risk"]')).toHaveCount(3);
  await expect.poll(async () => (await readEvents(browser.context)).length).toBe(3);

  await card(page, 'bb_msg_id_3002').getByTestId('warning-dismiss').click();
  await expect(host(page, 'bb_msg_id_3002')).toHaveCount(0);

  // The engine judges with the conversation's context, so the category is read, not assumed.
  const accepted = await page.locator('#bb_msg_id_3004').getAttribute('data-not-alone-category');
  const saved = await page.locator('#bb_msg_id_3006').getAttribute('data-not-alone-category');
  // The second and third warnings came right after the first: one line each, stacked into its card.
  for (const id of ['bb_msg_id_3004', 'bb_msg_id_3006']) {
    await expect(host(page, id).getByTestId('warning-compact')).toHaveAttribute('data-kind', 'stacked');
  }
  await host(page, 'bb_msg_id_3004').getByTestId('warning-compact-show').click();
  const firm = (await card(page, 'bb_msg_id_3004').getAttribute('data-tone')) === 'firm';
  await card(page, 'bb_msg_id_3004').getByTestId('warning-ok').click();
  // A firm warning asks once more.
  if (firm) await card(page, 'bb_msg_id_3004').getByTestId('warning-ok-yes').click();
  await expect(host(page, 'bb_msg_id_3004')).toHaveCount(0);
  await expect(page.locator('#bb_msg_id_3004')).toHaveAttribute('data-not-alone', 'ok');
  await expect.poll(async () => (await readEvents(browser.context)).filter((e) => e.falseAlarm === true).map((e) => e.category)).toEqual([accepted]);

  await host(page, 'bb_msg_id_3006').getByTestId('warning-compact-show').click();
  const third = card(page, 'bb_msg_id_3006');
  await openPanel(page, 'bb_msg_id_3006', 'tips');
  await third.getByTestId('warning-save').click();
  await expect(third.getByTestId('warning-status')).toContainText(messages('en').warn_saved!.message);
  await expect(third.getByTestId('warning-save')).toBeDisabled();

  // After a reload: the dismissed card stays away, the accepted message is no longer flagged.
  await page.reload();
  await expect(page.locator('[data-not-alone]')).toHaveCount(7);
  await expect(page.locator('#bb_msg_id_3002')).toHaveAttribute('data-not-alone', 'risk');
  await expect(page.locator('#bb_msg_id_3004')).toHaveAttribute('data-not-alone', 'ok');
  await expect(card(page, 'bb_msg_id_3006')).toBeVisible();
  await expect(host(page, 'bb_msg_id_3002')).toHaveCount(0);
  await expect(host(page, 'bb_msg_id_3004')).toHaveCount(0);

  // The saved evidence, opened from the card.
  await openPanel(page, 'bb_msg_id_3006', 'tips');
  await card(page, 'bb_msg_id_3006').getByTestId('warning-save').click();
  const opened = browser.context.waitForEvent('page');
  await card(page, 'bb_msg_id_3006').getByTestId('warning-open-evidence').click();
  const evidence = await opened;
  await evidence.waitForLoadState();
  expect(evidence.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/evidence\.html$/);
  const items = evidence.getByTestId('evidence-item');
  await expect(items).toHaveCount(2);
  const first = items.first();
  await expect(first).toHaveAttribute('data-category', saved!);
  await expect(first.getByTestId('evidence-message')).toContainText('việc nhẹ lương cao');
  const chat = await first.locator('[data-testid="evidence-chat"] li').allTextContents();
  expect(chat.join('\n')).toContain('Hôm nay trời đẹp quá.');
  expect(chat.join('\n')).toContain('Thôi em đi học đây.');
  await expect(first.getByTestId('evidence-sender')).toHaveText('Người lạ');
  await expect(first.getByTestId('evidence-message-time')).toHaveText('18:06');

  const download = evidence.waitForEvent('download');
  await first.getByTestId('evidence-export').click();
  const file = fs.readFileSync(await (await download).path(), 'utf8');
  // Evidence carries time: the message's as the chat showed it, and when it was saved.
  expect(file).toContain('>>> [18:06] Người lạ: Bên anh đang tuyển việc nhẹ lương cao ở Campuchia, bao vé máy bay.');
  expect(file).toContain(`${messages('en').evidence_message_time!.message}: 18:06`);
  expect(file).toContain(`${messages('en').evidence_saved_at!.message}: `);
  expect(file).toContain(messages('en').evidence_time_note!.message);
  expect(file).toContain('https://chat.zalo.me/');

  await first.getByTestId('evidence-delete').click();
  await first.getByTestId('evidence-delete-yes').click();
  await expect(items).toHaveCount(1);
  await evidence.reload();
  await expect(evidence.getByTestId('evidence-item')).toHaveCount(1);
});

test('the card is announced, reachable with the keyboard and shows where focus is', async () => {
  browser = await launchWithExtension({ language: 'en' });
  const page = await openFixture(browser.context, ZALO, LAB);
  const c = card(page, 'bb_msg_id_3002');
  await expect(c).toBeVisible();
  await expect(c).toHaveAttribute('aria-label', messages('en').warningLabel!.message);
  // Firm cards (high severity, intimate images, blackmail) speak up at once; others politely.
  const blackmail = await addInOwnChat(page, 'lab-firm', sampleFor('sextortion').text, false);
  await expect(card(page, blackmail)).toBeVisible();
  for (const id of ['bb_msg_id_3002', blackmail]) {
    const each = card(page, id);
    const firm = (await each.getAttribute('data-tone')) === 'firm';
    const category = await each.getAttribute('data-category');
    const live = each.getByTestId('warning-announce');
    await expect(live).toHaveAttribute('role', firm ? 'alert' : 'status');
    await expect(live).toHaveAttribute('aria-live', firm ? 'assertive' : 'polite');
    await expect(live).toContainText(messages('en')[`head_${category}`]!.message);
    if ((await each.getAttribute('data-severity')) === 'high' || id === blackmail) expect(firm).toBe(true);
  }

  // Tab from the top of the page lands in the first card, in page order.
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('Tab');
  const focused = () =>
    page.evaluate(() => {
      const active = document.activeElement;
      const inner = active?.shadowRoot?.activeElement;
      return { host: active?.tagName.toLowerCase(), testId: inner?.getAttribute('data-testid'), outline: inner ? getComputedStyle(inner).outlineStyle : '' };
    });
  expect(await focused()).toMatchObject({ host: 'not-alone-warning', testId: 'warning-more-tips', outline: 'solid' });
  await page.keyboard.press('Enter');
  await expect(c.getByTestId('warning-more-tips')).toHaveAttribute('aria-expanded', 'true');
  // Onwards through the disclosures to the buttons, all inside the card.
  const seen = new Set<string | null | undefined>();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    seen.add((await focused()).testId);
  }
  expect([...seen]).toEqual(expect.arrayContaining(['warning-help-toggle', 'warning-dismiss', 'warning-ok', 'warning-save', 'warning-why-toggle']));
  // Back to Dismiss.
  for (let i = 0; i < 8 && (await focused()).testId !== 'warning-dismiss'; i++) await page.keyboard.press('Shift+Tab');
  const dismiss = await focused();
  expect(dismiss.testId).toBe('warning-dismiss');
  await page.keyboard.press('Enter');
  await expect(host(page, 'bb_msg_id_3002')).toHaveCount(0);
});

test('the page text is not changed: marks and cards sit beside it, words are painted with highlights', async () => {
  browser = await launchWithExtension({ language: 'en' });
  const page = await openFixture(browser.context, ZALO, LAB);
  await expect(card(page, 'bb_msg_id_3002')).toBeVisible();
  const source = fs.readFileSync(path.join(ROOT, 'tests/fixtures/sites', LAB), 'utf8');
  const textNodes = (html: string | null) =>
    page.evaluate((html) => {
      const doc = html ? new DOMParser().parseFromString(html, 'text/html') : document;
      const root = doc.getElementById('messageViewScroll')!;
      const out: string[] = [];
      const walk = (node: Node) => {
        for (const child of node.childNodes) {
          if (child.nodeType === 3) out.push((child as Text).data);
          else if (child.nodeType === 1 && (child as Element).tagName.toLowerCase() !== 'not-alone-warning') walk(child);
        }
      };
      walk(root);
      return out;
    }, html);
  expect(await textNodes(null)).toEqual(await textNodes(source));

  // A message arriving later: its nodes are the same objects with the same text after the card.
  const before = await page.evaluate(() => {
    const id = (window as any).zaloDemo.addMessage('Nhớ đừng nói với bố mẹ nhé, xóa tin nhắn đi.');
    const bubble = document.getElementById(id)!;
    (window as any).watched = { id, nodes: [...bubble.querySelectorAll('*')].flatMap((el) => [...el.childNodes]), html: bubble.textContent };
    return id as string;
  });
  await expect(host(page, before)).toHaveCount(1);
  const same = await page.evaluate(() => {
    const { id, nodes, html } = (window as any).watched;
    const bubble = document.getElementById(id)!;
    const now = [...bubble.querySelectorAll('*')].flatMap((el) => [...el.childNodes]);
    return now.length === nodes.length && now.every((n, i) => n === nodes[i]) && bubble.textContent === html;
  });
  expect(same).toBe(true);
  const painted = await page.evaluate(() => {
    const highlight = (CSS as any).highlights?.get('not-alone-match');
    return highlight ? [...highlight].map((range: Range) => range.toString()) : null;
  });
  expect(painted).toEqual(expect.arrayContaining(['đừng nói với bố mẹ nhé', 'xóa tin nhắn đi']));
});

test('"Think before you send" appears above the composer for personal details and goes when the draft is cleared', async () => {
  browser = await launchWithExtension({ language: 'vi' });
  const page = await openFixture(browser.context, ZALO, LAB);
  await expect(card(page, 'bb_msg_id_3002')).toBeVisible();
  const composer = page.locator('#richInput');
  await composer.click();
  await page.keyboard.type('số của em là 0912345678');
  const nudge = page.locator('not-alone-nudge [data-testid="nudge"]');
  await expect(nudge).toBeVisible();
  await expect(nudge).toContainText(messages('vi').nudge_title!.message);
  await expect(nudge).toContainText(messages('vi').nudge_personal_info!.message);
  await expect(nudge).toHaveAttribute('role', 'status');
  const [n, c] = [await nudge.boundingBox(), await composer.boundingBox()];
  expect(n!.y + n!.height).toBeLessThanOrEqual(c!.y);
  await expect(composer).toBeFocused();
  await expect(composer).toHaveText('số của em là 0912345678');

  // Emptied (as after sending): gone. "Got it" silences it for this draft.
  await composer.fill('');
  await expect(page.locator('not-alone-nudge')).toHaveCount(0);
  await page.keyboard.type('em đang ở nhà một mình');
  await expect(nudge).toBeVisible();
  await nudge.getByTestId('nudge-dismiss').click();
  await expect(page.locator('not-alone-nudge')).toHaveCount(0);
  await expect(composer).toBeFocused();
});

test("the card speaks the parent's chosen language, not only the browser's, and follows a change live", async () => {
  browser = await launchWithExtension({ language: 'en' });
  const worker = await serviceWorker(browser.context);
  const setLanguage = (language: string) =>
    worker.evaluate((language) => (globalThis as any).chrome.storage.local.set({ settings: { version: 1, language, helpRegion: 'VN' } }), language);
  await setLanguage('vi');
  const page = await openFixture(browser.context, ZALO, LAB);
  const c = card(page, 'bb_msg_id_3002');
  await expect(c.getByTestId('warning-more-tips')).toHaveText(messages('vi').warn_what_can_i_do!.message);
  await expect(c.getByTestId('warning-head')).toHaveText(messages('vi').head_grooming!.message);
  await expect(c.locator('xpath=..')).toHaveAttribute('lang', 'vi');
  // The help region follows its own setting, as before.
  await expect(c.locator('[data-help-id="vn_111"]')).toHaveCount(1);

  await setLanguage('fr');
  await expect(c.getByTestId('warning-more-tips')).toHaveText(messages('fr').warn_what_can_i_do!.message);
  await expect(c.getByTestId('warning-dismiss')).toHaveText(messages('fr').warningDismiss!.message);
  // 'auto' goes back to the browser's language.
  await setLanguage('auto');
  await expect(c.getByTestId('warning-more-tips')).toHaveText(messages('en').warn_what_can_i_do!.message);
});
