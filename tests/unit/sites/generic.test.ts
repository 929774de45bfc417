// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { generic, MIN_SIMILAR, resetGenericSearch } from '@/lib/sites/generic';
import { loadFixture } from './load-fixture';

const URL_ = 'https://hoctap.truong-demo.edu.vn/lop/8a2/tro-chuyen';

beforeEach(() => {
  resetGenericSearch();
  loadFixture('generic.html', URL_);
});

describe('generic fallback on a chat it has no adapter for', () => {
  it('finds the chat list, not the menu, the lesson list or the footer', () => {
    const container = generic.findContainer(document);
    expect(container?.className).toBe('chat-log');
    expect(generic.findMessages(container!)).toHaveLength(document.querySelectorAll('[data-expect]').length);
  });

  it('reads text without the author and time, the author as sender, own messages by their class', () => {
    const container = generic.findContainer(document)!;
    expect(generic.findMessages(container).map((el) => generic.readMessage(el))).toEqual([
      { text: 'Các em nhớ nộp bài tập Toán trước 21 giờ tối nay nhé.', direction: 'in', sender: 'Cô Hạnh' },
      { text: 'Dạ cô, em nộp rồi ạ.', direction: 'out' },
      { text: 'Bạn được chọn nhận quà! Gửi mã OTP vừa nhận qua tin nhắn cho mình để nhận quà nhé.', direction: 'in', sender: 'Khách 2931' },
      { text: 'Cô ơi, bài 3 phần b làm thế nào ạ?', direction: 'in', sender: 'Minh Khang' },
    ]);
  });

  it('takes a new item as a message, and maps text inside an item back to the item', () => {
    const container = generic.findContainer(document)!;
    const item = container.children[1]!.cloneNode(true) as Element;
    container.append(item);
    expect(generic.findMessages(item)).toEqual([item]);
    expect(generic.closestMessage(item.querySelector('.body')!)).toBe(item);
    expect(generic.closestMessage(document.querySelector('nav a')!)).toBeNull();
  });

  it('keeps the same list while it stays on the page; finds none where there is no list', () => {
    const first = generic.findContainer(document);
    expect(generic.findContainer(document)).toBe(first);
    resetGenericSearch();
    document.body.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Just one paragraph.' }));
    expect(generic.findContainer(document)).toBeNull();
    expect(generic.expectsChat(new URL(URL_), document)).toBe(true);
  });

  it(`needs ${MIN_SIMILAR} look-alike items: two messages are not yet a chat`, () => {
    resetGenericSearch();
    const log = document.querySelector('.chat-log')!;
    while (log.children.length > MIN_SIMILAR - 1) log.lastElementChild!.remove();
    // The page has a <main>: the lesson list beside it is not searched.
    expect(generic.findContainer(document)).toBeNull();
  });

  it('keys the conversation by host and path', () => {
    expect(generic.conversationKey(document, new URL(URL_))).toBe('hoctap.truong-demo.edu.vn/lop/8a2/tro-chuyen');
    expect(generic.matchesUrl(new URL(URL_))).toBe(false);
  });
});
