// @vitest-environment happy-dom
// Reddit chat keeps its timeline in nested open shadow roots (research §11): the adapter walks down
// them to the events' list, reads each event's words from its own shadow root, and keys the chat
// by its room path.
import { beforeEach, describe, expect, it } from 'vitest';
import { adapterFor } from '@/lib/sites';

const URL_ROOM = 'https://chat.reddit.com/room/!demoRoom123:reddit.com';

function shadow(host: Element, html: string): ShadowRoot {
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = html;
  return root;
}

function event(id: string, sender: string, text: string): Element {
  const el = document.createElement('rs-timeline-event');
  el.setAttribute('data-id', id);
  shadow(el, `<div><div class="flex flex-col"><div><rs-timeline-event-hovercard><span>${sender}</span></rs-timeline-event-hovercard><faceplate-timeago><time>20:01</time></faceplate-timeago></div><div class="room-message-body">${text}</div></div></div>`);
  return el;
}

let list: Element;
beforeEach(() => {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(URL_ROOM);
  document.body.innerHTML = '<faceplate-app><rs-app></rs-app></faceplate-app>';
  const app = shadow(document.querySelector('rs-app')!, '<div class="container"><rs-direct-chat></rs-direct-chat></div>');
  const chat = shadow(app.querySelector('rs-direct-chat')!, '<main><rs-timeline></rs-timeline></main>');
  const timeline = shadow(chat.querySelector('rs-timeline')!, '<rs-virtual-scroll-dynamic></rs-virtual-scroll-dynamic>');
  const scroller = shadow(timeline.querySelector('rs-virtual-scroll-dynamic')!, '<div id="events"><div class="date-divider">Today</div></div>');
  list = scroller.getElementById('events')!;
  list.append(event('$ev1', 'skater_boi_14', 'did you see the new trick video?'), event('$ev2', 'skater_boi_14', "are you home alone tonight? don't tell your parents"));
});

describe('Reddit chat (shadow DOM)', () => {
  it('is the reddit adapter, and expects a chat in a room', () => {
    const adapter = adapterFor(new URL(URL_ROOM))!;
    expect(adapter.id).toBe('reddit');
    expect(adapter.expectsChat(new URL(URL_ROOM), document)).toBe(true);
    expect(adapter.expectsChat(new URL('https://chat.reddit.com/'), document)).toBe(false);
  });

  it('walks the open shadow roots to the timeline and reads each event without sender or time', () => {
    const adapter = adapterFor(new URL(URL_ROOM))!;
    const container = adapter.findContainer(document);
    expect(container).toBe(list);
    expect(adapter.findMessages(container!).map((el) => adapter.readMessage(el))).toEqual([
      { text: 'did you see the new trick video?', direction: 'in', sender: 'skater_boi_14', platformId: 'chat:$ev1' },
      { text: "are you home alone tonight? don't tell your parents", direction: 'in', sender: 'skater_boi_14', platformId: 'chat:$ev2' },
    ]);
    expect(adapter.conversationKey(document, new URL(URL_ROOM))).toBe('chat/room/!demoRoom123:reddit.com');
  });

  it('maps a node inside an event’s own shadow root back to the event', () => {
    const adapter = adapterFor(new URL(URL_ROOM))!;
    const [first] = adapter.findMessages(list);
    const body = first!.shadowRoot!.querySelector('.room-message-body')!;
    expect(adapter.closestMessage(body)).toBe(first);
  });
});
