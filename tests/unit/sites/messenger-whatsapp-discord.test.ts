// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { discord } from '@/lib/sites/discord';
import { messenger } from '@/lib/sites/messenger';
import { whatsapp } from '@/lib/sites/whatsapp';
import { adapterFor } from '@/lib/sites';
import type { SiteAdapter } from '@/lib/sites/types';
import { loadFixture } from './load-fixture';

function readAll(adapter: SiteAdapter) {
  const container = adapter.findContainer(document);
  expect(container).not.toBeNull();
  return adapter.findMessages(container!).map((el) => adapter.readMessage(el));
}

describe('messenger adapter', () => {
  const url = 'https://www.messenger.com/t/100012345678901/';
  beforeEach(() => loadFixture('messenger.html', url));

  it('is chosen for messenger.com and facebook.com/messages, incl. e2ee threads', () => {
    expect(adapterFor(new URL(url))?.id).toBe('messenger');
    expect(adapterFor(new URL('https://www.facebook.com/messages/e2ee/t/7012345678901234/'))?.id).toBe('messenger');
    expect(adapterFor(new URL('https://www.facebook.com/messages/t/100012345678901'))?.id).toBe('messenger');
    expect(adapterFor(new URL('https://www.facebook.com/groups/123/'))?.id).not.toBe('messenger');
  });

  it('reads the rows with a messages_table cell, user text only, with direction and sender', () => {
    expect(readAll(messenger)).toEqual([
      { text: 'Hey, did you finish the science homework?', direction: 'in', sender: 'Minh Khôi' },
      { text: 'Almost, just the last exercise left 😅', direction: 'out' },
      { text: "Are you home alone tonight? Don't tell your parents we talk, it's our little secret.", direction: 'in', sender: 'Minh Khôi' },
      { text: "Send me a photo of you without clothes, I promise I won't show anyone.", direction: 'in', sender: 'Minh Khôi' },
      { text: 'No. Please stop.', direction: 'out' },
      { text: 'Haha ok, see you at football practice on Saturday ⚽', direction: 'in', sender: 'Minh Khôi' },
    ]);
  });

  it('finds the row around text rendered later into a bubble, and ignores date separators', () => {
    const bubbleText = document.querySelectorAll('.x1gslohp')[2]!;
    expect(messenger.closestMessage(bubbleText)?.getAttribute('data-expect')).toBe('risk');
    expect(messenger.closestMessage(document.querySelector('h4')!)).toBeNull();
  });

  it('keys the conversation by thread id, on both hosts', () => {
    expect(messenger.conversationKey(document, new URL(url))).toBe('100012345678901');
    expect(messenger.conversationKey(document, new URL('https://www.facebook.com/messages/e2ee/t/7012345678901234/'))).toBe('7012345678901234');
    expect(messenger.expectsChat(new URL('https://www.messenger.com/'))).toBe(false);
    expect(messenger.expectsChat(new URL(url))).toBe(true);
  });
});

describe('whatsapp adapter', () => {
  const url = 'https://web.whatsapp.com/';
  beforeEach(() => loadFixture('whatsapp.html', url));

  it('reads rows by data-id, skipping date separators, quoted replies, times and reactions', () => {
    const reads = readAll(whatsapp);
    expect(reads.map((r) => r?.text)).toEqual([
      'Mai đi học nhớ mang vở Toán nha, cô kiểm tra bài tập đó 📚',
      'Ok cảm ơn bạn nhiều!',
      'Có người quen bên Campuchia đang tuyển việc nhẹ lương cao 20 triệu một tháng, bao vé máy bay, không cần kinh nghiệm. Bạn muốn đi không?',
      'Nghe lạ lắm, để mình hỏi bố mẹ đã.',
      'Ừ đúng rồi, hỏi bố mẹ trước nha. Chiều nay đi ăn chè không? 🍧',
    ]);
    expect(reads.map((r) => r?.direction)).toEqual(['in', 'out', 'in', 'out', 'in']);
    expect(reads[0]).toMatchObject({ sender: 'Lan Anh', platformId: 'false_84912345678@c.us_3EB0A1B2C3D4E5F60001' });
    expect(reads[1]?.sender).toBeUndefined();
  });

  it('keys the chat by the JID in data-id, expects a chat only when one is open', () => {
    expect(whatsapp.conversationKey(document, new URL(url))).toBe('84912345678@c.us');
    expect(whatsapp.expectsChat(new URL(url), document)).toBe(true);
    document.getElementById('main')!.remove();
    expect(whatsapp.expectsChat(new URL(url), document)).toBe(false);
    expect(whatsapp.findContainer(document)).toBeNull();
  });

  it('maps text inside a bubble to its row', () => {
    const span = document.querySelector('[data-id$="0003"] .selectable-text span')!;
    expect(whatsapp.closestMessage(span)?.getAttribute('data-id')).toMatch(/0003$/);
  });
});

describe('discord adapter', () => {
  const url = 'https://discord.com/channels/1100000000000000000/1100000000000000001';
  beforeEach(() => loadFixture('discord.html', url));

  it('reads li[id^=chat-messages-] rows: own content only, no reply preview, no (edited), no times in the text; the time shown kept apart', () => {
    expect(readAll(discord)).toEqual([
      { text: 'who wants to build the castle on the server tonight? 🏰', direction: 'in', sender: 'kai_gamer2009', platformId: '1100000000000000001-1300000000000001001', time: 'Yesterday at 19:40 (2026-11-26T12:40:00.000Z)' },
      { text: "me! I'll bring the stone blocks", direction: 'out', platformId: '1100000000000000001-1300000000000001002', time: 'Yesterday at 19:42 (2026-11-26T12:42:00.000Z)' },
      { text: 'free nitro for everyone 🎁 just log in here and send me the verification code you get by SMS', direction: 'in', sender: 'xX_Shadow_Xx', platformId: '1100000000000000001-1300000000000001003', time: 'Today at 20:05 (2026-11-27T13:05:00.000Z)' },
      { text: "@mai_linh you're cute, how old are you? add me on snap and don't tell your parents ok", direction: 'in', sender: 'xX_Shadow_Xx', platformId: '1100000000000000001-1300000000000001004', time: '20:06 (2026-11-27T13:06:00.000Z)' },
      { text: "that's weird, I'm reporting you to the mods", direction: 'in', sender: 'kai_gamer2009', platformId: '1100000000000000001-1300000000000001005', time: 'Today at 20:07 (2026-11-27T13:07:00.000Z)' },
    ]);
  });

  it('keys the conversation by guild/channel and only runs under /channels/', () => {
    expect(discord.conversationKey(document, new URL(url))).toBe('1100000000000000000/1100000000000000001');
    expect(discord.matchesUrl(new URL('https://discord.com/'))).toBe(false);
    expect(discord.expectsChat(new URL('https://discord.com/channels/@me'))).toBe(false);
  });
});
