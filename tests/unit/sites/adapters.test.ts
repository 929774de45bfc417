// @vitest-environment happy-dom
// Every adapter on its fixture: what it reads from each message element (user text only, direction,
// sender, platform id), which elements it skips (date separators, service rows, deleted items,
// quoted replies, composers), and the conversation key. Table-driven: one row per fixture.
import { beforeEach, describe, expect, it } from 'vitest';
import { adapterFor } from '@/lib/sites';
import type { MessageRead, SiteId } from '@/lib/sites/types';
import { loadFixture } from './load-fixture';

interface Case {
  file: string;
  url: string;
  site: SiteId;
  conversation: string;
  reads: MessageRead[];
}

const CASES: Case[] = [
  {
    file: 'telegram-k.html',
    url: 'https://web.telegram.org/k/#777000123',
    site: 'telegram',
    conversation: '777000123',
    reads: [
      { text: "On se retrouve à la bibliothèque à 16h pour l'exposé d'histoire ?", direction: 'in', sender: 'Léa Dubois', platformId: '777000123/4101' },
      { text: "Oui, j'apporte mes notes 👍", direction: 'out', platformId: '777000123/4102' },
      { text: 'Envoie-moi une photo sans vêtements, personne ne le saura.', direction: 'in', sender: 'Léa Dubois', platformId: '777000123/4103' },
      { text: "Si tu ne paies pas 200 euros, j'envoie tes photos à toute ta classe.", direction: 'in', sender: 'Léa Dubois', platformId: '777000123/4104' },
      // The reply quote above it is not part of the text.
      { text: 'Je vais en parler à mes parents.', direction: 'out', platformId: '777000123/4105' },
    ],
  },
  {
    file: 'telegram-a.html',
    url: 'https://web.telegram.org/a/#-1001234567890',
    site: 'telegram',
    conversation: '-1001234567890',
    reads: [
      { text: 'Mai kiểm tra 15 phút môn Văn đó cả lớp ơi 📖', direction: 'in', sender: 'Bảo Ngọc', platformId: '-1001234567890/2201' },
      // A continuation message in a group: the sender is carried forward from the run's first.
      { text: 'Nhớ ôn bài thơ Ông đồ nha', direction: 'in', sender: 'Bảo Ngọc', platformId: '-1001234567890/2202' },
      { text: 'Chúc mừng bạn trúng thưởng iPhone 16! Gửi mã OTP vừa nhận qua tin nhắn cho shop để nhận quà nhé.', direction: 'in', sender: 'Shop Quà Tặng 🎁', platformId: '-1001234567890/2203' },
      { text: 'Mọi người đừng gửi mã nha, lừa đảo đó!', direction: 'out', platformId: '-1001234567890/2204' },
    ],
  },
  {
    file: 'instagram.html',
    url: 'https://www.instagram.com/direct/t/340282366841710300949128171234567890/',
    site: 'instagram',
    conversation: '340282366841710300949128171234567890',
    reads: [
      { text: 'Chị ơi mai lớp mình có học thêm Tiếng Anh không ạ?', direction: 'in', sender: 'thu.trang.08' },
      { text: 'Có em, 7 giờ tối nha 📚', direction: 'out' },
      { text: 'Em gửi ảnh nóng cho anh xem đi, anh hứa không cho ai xem đâu.', direction: 'in', sender: 'thu.trang.08' },
      { text: 'Không, em không gửi đâu.', direction: 'out' },
      { text: 'Ok thôi, mai gặp ở lớp nha 😊', direction: 'in', sender: 'thu.trang.08' },
    ],
  },
  {
    file: 'tiktok-messages.html',
    url: 'https://www.tiktok.com/messages?lang=vi-VN',
    site: 'tiktok',
    conversation: 'dm/hoanglong.2k8',
    reads: [
      { text: 'Video nhảy của bạn hôm qua đỉnh thật 🔥', direction: 'in', sender: 'Hoàng Long' },
      { text: 'Cảm ơn nha hihi', direction: 'out' },
      { text: 'Nhà em ở đâu? Em học trường nào? Cho anh xin số điện thoại nhé.', direction: 'in', sender: 'Hoàng Long' },
      { text: 'Tối nay em ở nhà một mình hả? Nhớ đừng nói với bố mẹ chuyện mình nói chuyện nhé.', direction: 'in', sender: 'Hoàng Long' },
    ],
  },
  {
    file: 'tiktok-video.html',
    url: 'https://www.tiktok.com/@dance.hanoi/video/7301234567890123456',
    site: 'tiktok',
    conversation: '7301234567890123456',
    reads: [
      { text: 'This is so good, teach me the steps please 😍', direction: 'in', sender: 'Linh Chi' },
      { text: 'Tutorial coming on Friday!', direction: 'in', sender: 'dance.hanoi' },
      { text: 'Easy job abroad, $2000 a month, no experience needed, we pay your flight. DM me and send a photo of your passport!', direction: 'in', sender: 'Việc Làm Nước Ngoài' },
      { text: "I tried it with my sister, we couldn't stop laughing 😂", direction: 'out' },
    ],
  },
  {
    file: 'youtube-watch.html',
    url: 'https://www.youtube.com/watch?v=kX9d3Lq7PzA',
    site: 'youtube',
    conversation: 'comments/kX9d3Lq7PzA',
    reads: [
      { text: 'Finally I can do it under 2 minutes, thanks!! 🎉', direction: 'in', sender: '@CubeKid2012', platformId: 'comment:UgyA1b2C3d4E5f6G7h8' },
      { text: 'Congrats! You won a free iPhone, just send me the OTP code you got by SMS to claim it.', direction: 'in', sender: '@freegiftsVN', platformId: 'comment:UgyA1b2C3d4E5f6G7h8.9zYxW' },
      { text: "Super vidéo, j'ai enfin compris la dernière étape !", direction: 'in', sender: '@lucie_fr', platformId: 'comment:UgzQ9w8E7r6T5y4U3i2' },
      { text: 'Easy job abroad for teens, $2000 a month, no experience needed, we pay your flight. Message me and send a photo of your passport.', direction: 'in', sender: '@talent.scout.asia', platformId: 'comment:UgxK1l2M3n4B5v6C7x8' },
    ],
  },
  {
    file: 'youtube-live-chat.html',
    url: 'https://www.youtube.com/live_chat?v=jfKfPfyJRdk&embed_domain=www.youtube.com',
    site: 'youtube',
    conversation: 'live/jfKfPfyJRdk',
    reads: [
      { text: 'Trận này hay quá anh em ơi ⚽', direction: 'in', sender: 'Minh Quân', platformId: 'live:ChwKGkNJaUxfMDFpZXZzQ0ZWS0Y1UWdkSVpZQU1B' },
      { text: 'Chúc mừng bạn trúng thưởng! Gửi mã OTP vừa nhận qua tin nhắn cho mình để nhận quà nhé', direction: 'in', sender: 'Quà Tặng Free', platformId: 'live:ChwKGkNJaUxfMDJpZXZzQ0ZWS0Y1UWdkSVpZQU1C' },
      { text: 'Cố lên đội tuyển Việt Nam!', direction: 'in', sender: 'Thảo Vy', platformId: 'live:ChwKGkNJaUxfMDNpZXZzQ0ZWS0Y1UWdkSVpZQU1D' },
      { text: 'Tuyển việc nhẹ lương cao 20 triệu một tháng ở Campuchia, bao vé máy bay, không cần kinh nghiệm, nhắn riêng mình nhé', direction: 'in', sender: 'Tuyển Dụng Gấp', platformId: 'live:ChwKGkNJaUxfMDRpZXZzQ0ZWS0Y1UWdkSVpZQU1E' },
    ],
  },
  {
    file: 'facebook.html',
    url: 'https://www.facebook.com/truongthcs.demo/posts/pfbid02Xq7demoPost1',
    site: 'facebook',
    conversation: 'pfbid02Xq7demoPost1',
    reads: [
      { text: 'Cảm ơn nhà trường, gia đình mình sẽ đến đúng giờ ạ.', direction: 'in', sender: 'Phạm Thu Hà' },
      // A reply (nested article): its own words only, and the parent's text does not include it.
      { text: 'Cảm ơn chị, hẹn gặp chị Chủ nhật.', direction: 'in', sender: 'Trường THCS Demo' },
      // Cut at "Xem thêm" (See more): the unit page has no script to expand it (the e2e page does).
      { text: 'Tuyển học sinh làm thêm cuối tuần, việc nhẹ dễ làm…', direction: 'in', sender: 'Kiếm Tiền Online' },
      { text: 'Cuối tuần này lớp mình có đi dã ngoại không ạ? 🌳', direction: 'in', sender: 'Lê Minh' },
    ],
  },
  {
    file: 'x.html',
    url: 'https://x.com/messages/1456789012345678901-1598765432109876543',
    site: 'x',
    conversation: '1456789012345678901-1598765432109876543',
    reads: [
      { text: 'gg last night, that final round was insane', direction: 'in', sender: 'Jake 🎮' },
      { text: 'haha yeah, rematch on saturday?', direction: 'out' },
      { text: "If you don't pay $200 I will send your photos to all your friends and your school.", direction: 'in', sender: 'Jake 🎮' },
      { text: "I'm telling my mom. Leave me alone.", direction: 'out' },
    ],
  },
  {
    file: 'x-chat.html',
    url: 'https://x.com/i/chat/1456789012345678901-1598765432109876543',
    site: 'x',
    conversation: '1456789012345678901-1598765432109876543',
    reads: [
      { text: 'gg last night, that final round was insane', direction: 'in', sender: 'Jake 🎮' },
      { text: 'haha yeah, rematch on saturday?', direction: 'out' },
      { text: "If you don't pay $200 I will send your photos to all your friends and your school.", direction: 'in', sender: 'Jake 🎮' },
      { text: "I'm telling my mom. Leave me alone.", direction: 'out' },
    ],
  },
  {
    file: 'instagram-popup.html',
    url: 'https://www.instagram.com/',
    site: 'instagram',
    conversation: 'popup/thu.trang.08',
    reads: [
      { text: 'Chị ơi mai lớp mình có học thêm Tiếng Anh không ạ?', direction: 'in', sender: 'thu.trang.08' },
      { text: 'Có em, 7 giờ tối nha 📚', direction: 'out' },
      { text: 'Em gửi ảnh nóng cho anh xem đi, anh hứa không cho ai xem đâu.', direction: 'in', sender: 'thu.trang.08' },
    ],
  },
  {
    file: 'facebook-docked.html',
    url: 'https://www.facebook.com/',
    site: 'facebook',
    conversation: '/',
    reads: [
      { text: 'Did you see the photos from the science fair?', direction: 'in', sender: 'Minh Khôi' },
      { text: 'Yes, our volcano is in the third one 🌋', direction: 'out' },
      { text: "Are you home alone tonight? Don't tell your parents we talk, it's our little secret.", direction: 'in', sender: 'Minh Khôi' },
    ],
  },
  {
    file: 'reddit.html',
    url: 'https://www.reddit.com/r/teenagers/comments/1h2demo/how_do_you_deal_with_exam_stress/',
    site: 'reddit',
    conversation: '1h2demo',
    reads: [
      { text: 'Pomodoro helped me a lot: 25 minutes of study, 5 minutes of break. And sleep matters more than one more hour of revision.', direction: 'in', sender: 'bookworm_lily', platformId: 't1_kx1aaa1' },
      { text: "Thanks, I'll try that tonight!", direction: 'in', sender: 'quiet_reader_13', platformId: 't1_kx1aaa2' },
      { text: "DM me, I can help you relax 😉 Are you home alone tonight? Don't tell your parents we talk, it's our little secret.", direction: 'in', sender: 'helpful_mentor_88', platformId: 't1_kx1bbb1' },
      // The "> I can't sleep" quote is another comment's words.
      { text: 'Same here. Going for a walk after school really helps me.', direction: 'in', sender: 'tom_k', platformId: 't1_kx1ccc1' },
    ],
  },
  {
    file: 'reddit-old.html',
    url: 'https://old.reddit.com/r/Parenting/comments/1h4demo/screen_time_rules_that_actually_work/',
    site: 'reddit',
    conversation: '1h4demo',
    reads: [
      { text: 'We keep phones out of the bedroom after 9pm. It took two weeks, now nobody complains.', direction: 'in', sender: 'dad_in_lyon', platformId: 't1_ly2aaa1' },
      // The signed-in user (header) wrote this reply.
      { text: "Good idea, we'll try a charging spot in the kitchen.", direction: 'out', platformId: 't1_ly2aaa2' },
      { text: 'Congrats, you won a $500 gift card! Just send me the OTP code you got by SMS to claim it.', direction: 'in', sender: 'gift_card_giveaway', platformId: 't1_ly2ccc1' },
    ],
  },
];

describe.each(CASES)('$site adapter on $file', ({ file, url, site, conversation, reads }) => {
  beforeEach(() => loadFixture(file, url));

  it('is the adapter chosen for the URL', () => {
    expect(adapterFor(new URL(url))?.id).toBe(site);
  });

  it('reads every message element: user text only, direction, sender, platform id', () => {
    const adapter = adapterFor(new URL(url))!;
    const container = adapter.findContainer(document);
    expect(container).not.toBeNull();
    const elements = adapter.findMessages(container!);
    expect(elements.map((el) => adapter.readMessage(el))).toEqual(reads);
    // The fixture notes what each message element should get; nothing else is a message.
    expect(elements.every((el) => el.hasAttribute('data-expect'))).toBe(true);
    expect(elements).toHaveLength(document.querySelectorAll('[data-expect]').length);
  });

  it('maps text inside a message back to its message element, and keys the conversation', () => {
    const adapter = adapterFor(new URL(url))!;
    for (const el of adapter.findMessages(adapter.findContainer(document)!)) {
      const deepest = el.querySelector('*:not(:has(*))') ?? el;
      expect(adapter.closestMessage(deepest)).toBe(el);
    }
    expect(adapter.conversationKey(document, new URL(url))).toBe(conversation);
    // The feed pages of these fixtures have a chat open (the Instagram pop-up, a docked Facebook chat).
    const chatPage = site !== 'youtube' || url.includes('live_chat');
    expect(adapter.expectsChat(new URL(url), document)).toBe(chatPage);
  });
});

describe('site choice by URL', () => {
  it.each([
    ['https://www.facebook.com/', 'facebook'],
    ['https://www.facebook.com/messages/t/100012345678901', 'messenger'],
    ['https://www.instagram.com/direct/inbox/', 'instagram'],
    ['https://x.com/messages', 'x'],
    ['https://discord.com/channels/@me/1200000000000000001', 'discord'],
    ['https://web.telegram.org/a/', 'telegram'],
    ['https://chat.zalo.me/', 'zalo'],
    ['https://x.com/i/chat/1456789012345678901-1598765432109876543', 'x'],
    ['https://m.youtube.com/watch?v=kX9d3Lq7PzA', 'youtube'],
    ['https://www.instagram.com/', 'instagram'],
    ['https://web.telegram.org/k/', 'telegram'],
  ])('%s → %s', (url, site) => {
    expect(adapterFor(new URL(url))?.id).toBe(site);
  });

  it.each(['https://x.com/home', 'https://discord.com/app', 'https://example.com/chat'])('%s → none (no chat area)', (url) => {
    expect(adapterFor(new URL(url))).toBeNull();
  });
});
