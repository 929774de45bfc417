// @vitest-environment happy-dom
// One test per row of issue 13's evidence table: each is a way a real site differs from our
// earlier picture of it, and each adapter must read the real shape.
import { beforeEach, describe, expect, it } from 'vitest';
import { discord } from '@/lib/sites/discord';
import { facebook } from '@/lib/sites/facebook';
import { instagram } from '@/lib/sites/instagram';
import { telegram } from '@/lib/sites/telegram';
import { whatsapp } from '@/lib/sites/whatsapp';
import { youtube } from '@/lib/sites/youtube';
import { zalo } from '@/lib/sites/zalo';
import { loadFixture } from './load-fixture';

describe('Telegram Web K (tweb): the remover and several chat tabs', () => {
  beforeEach(() => loadFixture('telegram-k.html', 'https://web.telegram.org/k/#777000123'));

  it('skips the empty remover that comes first and the inactive chat tab', () => {
    const first = document.querySelector('.bubbles-inner')!;
    expect(first.classList.contains('bubbles-remover')).toBe(true);
    const container = telegram.findContainer(document)!;
    expect(container.classList.contains('bubbles-remover')).toBe(false);
    expect(container.closest('.chat.tabs-tab')?.classList.contains('active')).toBe(true);
    expect(telegram.findMessages(container).map((el) => el.getAttribute('data-mid'))).toEqual(['4101', '4102', '4103', '4104', '4105']);
  });
});

describe('Discord: the signed-in name and single-form row ids', () => {
  const url = 'https://discord.com/channels/1100000000000000000/1100000000000000001';
  beforeEach(() => loadFixture('discord.html', url));

  it('finds the signed-in name in panelTitleContainer (no username class there)', () => {
    expect(document.querySelector('section[aria-label="User area"] [class*="username"]')).toBeNull();
    const own = document.getElementById('chat-messages-1100000000000000001-1300000000000001002')!;
    expect(discord.readMessage(own)?.direction).toBe('out');
  });

  it('reads a row that carries only the message id, taking the channel from the URL', () => {
    const row = document.getElementById('chat-messages-1100000000000000001-1300000000000001003')!;
    row.id = 'chat-messages-1300000000000001003';
    expect(discord.readMessage(row)).toMatchObject({ platformId: '1100000000000000001-1300000000000001003', direction: 'in' });
  });
});

describe('WhatsApp after the mid-2026 refresh', () => {
  beforeEach(() => loadFixture('whatsapp.html', 'https://web.whatsapp.com/'));

  it('has no .message-in/.message-out and still tells the sides apart from data-id', () => {
    expect(document.querySelector('.message-in, .message-out')).toBeNull();
    const container = whatsapp.findContainer(document)!;
    expect(container.getAttribute('data-testid')).toBe('conversation-panel-messages');
    expect(whatsapp.findMessages(container).map((row) => whatsapp.readMessage(row)?.direction)).toEqual(['in', 'out', 'in', 'out', 'in']);
  });
});

describe('YouTube live chat embedded without v=', () => {
  it('does not give every stream the same conversation key', () => {
    const a = new URL('https://www.youtube.com/live_chat?continuation=0ofMyANhGlhDaWtxSndvWVZVTlRTa2x2Y0ZGQ1pVOTVOelJ6T0RJ');
    const b = new URL('https://www.youtube.com/live_chat?continuation=0ofMyANhGlhDaWtxSndvWVZVTlRTa2x2Y0ZGQ1pVOTVOelJ6T0RK');
    expect(youtube.conversationKey(document, a)).not.toBe(youtube.conversationKey(document, b));
    expect(youtube.conversationKey(document, new URL('https://www.youtube.com/live_chat?v=jfKfPfyJRdk'))).toBe('live/jfKfPfyJRdk');
  });

  it('leaves the reply preview out of a live message', () => {
    loadFixture('youtube-live-chat.html', 'https://www.youtube.com/live_chat?v=jfKfPfyJRdk');
    const message = youtube.findMessages(youtube.findContainer(document)!)[0]!;
    const preview = document.createElement('div');
    preview.id = 'reply-message';
    preview.textContent = 'Gửi mã OTP cho mình nhé';
    message.querySelector('#message')!.prepend(preview);
    expect(youtube.readMessage(message)?.text).toBe('Trận này hay quá anh em ơi ⚽');
  });

  it('runs on m.youtube.com too', () => {
    expect(youtube.matchesUrl(new URL('https://m.youtube.com/watch?v=kX9d3Lq7PzA'))).toBe(true);
  });
});

describe('Instagram Direct: the early-2026 "Double tap to like" bubble', () => {
  beforeEach(() => loadFixture('instagram.html', 'https://www.instagram.com/direct/t/340282366841710300949128171234567890/'));

  it('reads the words inside the like button instead of reading nothing', () => {
    const row = instagram.findMessages(instagram.findContainer(document)!)[2]!;
    const bubble = row.querySelector('[role="presentation"]')!;
    bubble.removeAttribute('role');
    bubble.setAttribute('role', 'button');
    bubble.setAttribute('aria-label', 'Double tap to like');
    expect(instagram.readMessage(row)?.text).toBe('Em gửi ảnh nóng cho anh xem đi, anh hứa không cho ai xem đâu.');
  });
});

describe('Facebook: "See more" on long comments', () => {
  const url = 'https://www.facebook.com/truongthcs.demo/posts/pfbid02Xq7demoPost1';
  beforeEach(() => loadFixture('facebook.html', url));

  it('presses the comment’s own "See more" once and reads the whole comment', () => {
    const button = document.querySelector<HTMLElement>('[dir="auto"] > [role="button"][tabindex="0"]')!;
    let presses = 0;
    button.addEventListener('click', () => {
      presses++;
      button.parentElement!.textContent = 'Tuyển học sinh làm thêm cuối tuần, việc nhẹ lương cao 20 triệu một tháng ở Campuchia.';
    });
    const comment = facebook.closestMessage(button)!;
    expect(facebook.readMessage(comment)?.text).toBe('Tuyển học sinh làm thêm cuối tuần, việc nhẹ lương cao 20 triệu một tháng ở Campuchia.');
    facebook.readMessage(comment);
    expect(presses).toBe(1);
  });
});

// The earlier exclusion [class*="reaction"] hid the words of every such bubble: the card itself is
// .card-with-reaction-v2 — the live-insert miss of the issue.
describe('Zalo: a bubble shaped like a real dump (no data-component)', () => {
  beforeEach(() => loadFixture('zalo.html', 'https://chat.zalo.me/'));

  it('is found, read and sided from div_SentMsg_Text / div_ReceivedMsg_Text', () => {
    const scroller = document.getElementById('messageViewScroll')!;
    const html = (id: string, side: 'Sent' | 'Received', text: string) =>
      `<div class="chat-item"><div class="chat-message wrap-message rotate-container bubble-jump-target" id="bb_msg_id_${id}" data-node-type="bubble-message"><div class="card card-with-reaction-v2 last-msg card--text" data-id="div_${side}Msg_Text"><div-13 class="card-sender-name hidden"></div-13><div><span-15 id="mtc-${id}"><span class="text">${text}</span></span-15></div><div class="card-send-time"><span-13 class="card-send-time__sendTime">13:26</span-13></div></div></div></div>`;
    scroller.insertAdjacentHTML('beforeend', html('1709619982372', 'Received', 'Gửi mã OTP cho anh nhé') + html('1709619982373', 'Sent', 'Không'));
    const rows = zalo.findMessages(scroller).slice(-2);
    expect(rows.map((row) => zalo.readMessage(row))).toEqual([
      { text: 'Gửi mã OTP cho anh nhé', direction: 'in', sender: undefined, platformId: 'bb_msg_id_1709619982372', time: '13:26' },
      { text: 'Không', direction: 'out', sender: undefined, platformId: 'bb_msg_id_1709619982373', time: '13:26' },
    ]);
    expect(zalo.closestMessage(document.getElementById('mtc-1709619982372')!.firstElementChild!)?.id).toBe('bb_msg_id_1709619982372');
  });
});
