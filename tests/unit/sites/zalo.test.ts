// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { zalo } from '@/lib/sites/zalo';
import type { MessageRead } from '@/lib/sites/types';

const html = fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/sites/zalo.html'), 'utf8');

beforeEach(() => {
  document.open();
  document.write(html.replace(/<script>[\s\S]*?<\/script>/, ''));
  document.close();
});

describe('zalo adapter on its fixture', () => {
  it('finds the message list and every bubble, not date separators', () => {
    const container = zalo.findContainer(document)!;
    expect(container.id).toBe('messageViewScroll');
    const bubbles = zalo.findMessages(container);
    expect(bubbles).toHaveLength(6);
  });

  it('reads user text only, the direction, the sender, the platform id and the time shown', () => {
    const [first, second] = zalo.findMessages(zalo.findContainer(document)!).map((el) => zalo.readMessage(el)!) as [MessageRead, MessageRead];
    expect(first).toEqual({
      text: 'Chào em, em xinh quá! Em bao nhiêu tuổi rồi?',
      direction: 'in',
      sender: 'Anh Tuấn',
      platformId: '@1001_88881_1',
      time: '20:01',
    });
    expect(second.direction).toBe('out');
    expect(second.text).toBe('Em học lớp 7 ạ. Mai em đi học sớm.');
    expect(second.text).not.toContain('20:02');
    expect(second.time).toBe('20:02');
  });

  it('carries the sender of a run forward to bubbles without a name', () => {
    const third = zalo.readMessage(document.getElementById('bb_msg_id_1003')!)!;
    expect(third.sender).toBe('Anh Tuấn');
  });

  it('takes the conversation key from the composer', () => {
    expect(zalo.conversationKey(document, new URL('https://chat.zalo.me/'))).toBe('conv-anh-tuan-88881');
  });
});

describe('zalo adapter hardening', () => {
  it('skips recalled messages in any UI language', () => {
    const bubble = document.getElementById('bb_msg_id_1004')!;
    for (const placeholder of ['Tin nhắn đã bị thu hồi', 'Message has been recalled']) {
      bubble.querySelector('[data-component="message-text-content"]')!.textContent = placeholder;
      expect(zalo.readMessage(bubble)).toBeNull();
    }
  });

  it('expects a chat only while one is open (the start screen has no composer)', () => {
    const url = new URL('https://chat.zalo.me/');
    expect(zalo.expectsChat(url, document)).toBe(true);
    document.querySelector('footer')!.remove();
    expect(zalo.expectsChat(url, document)).toBe(false);
  });
});
