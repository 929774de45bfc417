// Seen, not nagging: where later warnings of a conversation go, with the clock passed in.
import { describe, expect, it } from 'vitest';
import { ConversationWarnings, MAX_FULL_CARDS, STACK_WINDOW_MS } from '@/entrypoints/chat.content/warning/stacking';

const MIN = 60_000;
const k = (tone: 'gentle' | 'plain' | 'firm', severe: boolean, outgoing = false) => ({ tone, severe, outgoing });

describe('conversation warnings', () => {
  it('stacks later warnings within the window into the first card, and counts them there', () => {
    const w = new ConversationWarnings();
    expect(w.place('c', 'm1', k('plain', false), 0)).toEqual({ kind: 'card', helpOpen: false });
    expect(w.place('c', 'm2', k('plain', false), 1 * MIN)).toEqual({ kind: 'stacked', head: 'm1' });
    expect(w.place('c', 'm3', k('gentle', false), 2 * MIN)).toEqual({ kind: 'stacked', head: 'm1' });
    expect(w.stackedInto('m1')).toEqual(['m2', 'm3']);
    expect(w.count('c')).toBe(3);
    // Another conversation is not affected.
    expect(w.place('other', 'x1', k('plain', false), 2 * MIN).kind).toBe('card');
  });

  it('opens a new card once the window has passed, then calm lines after two cards', () => {
    const w = new ConversationWarnings();
    w.place('c', 'm1', k('plain', false), 0);
    expect(w.place('c', 'm2', k('plain', false), STACK_WINDOW_MS).kind).toBe('card');
    expect(MAX_FULL_CARDS).toBe(2);
    expect(w.place('c', 'm3', k('plain', false), 2 * STACK_WINDOW_MS)).toEqual({ kind: 'calm' });
  });

  it('keeps the first placement when the page re-renders a message', () => {
    const w = new ConversationWarnings();
    w.place('c', 'm1', k('plain', false), 0);
    w.place('c', 'm2', k('plain', false), MIN);
    expect(w.place('c', 'm2', k('plain', false), 10 * STACK_WINDOW_MS)).toEqual({ kind: 'stacked', head: 'm1' });
    expect(w.count('c')).toBe(2);
  });

  it('gives blackmail or a request for intimate images its own card rather than hiding it under another', () => {
    const w = new ConversationWarnings();
    w.place('c', 'm1', k('plain', false), 0);
    // The same risk growing firmer (the conversation's context) still stacks.
    expect(w.place('c', 'm2', k('firm', false), MIN)).toEqual({ kind: 'stacked', head: 'm1' });
    expect(w.place('c', 'm3', k('firm', true), MIN)).toEqual({ kind: 'card', helpOpen: true });
    // Anything after it stacks into it.
    expect(w.place('c', 'm4', k('firm', true), 2 * MIN)).toEqual({ kind: 'stacked', head: 'm3' });
    expect(w.place('c', 'm5', k('plain', false), 2 * MIN)).toEqual({ kind: 'stacked', head: 'm3' });
  });

  it('opens help lines at most once per chat, and always for the most severe categories', () => {
    const w = new ConversationWarnings();
    expect(w.place('c', 'm1', k('firm', false), 0)).toEqual({ kind: 'card', helpOpen: true });
    expect(w.place('c', 'm2', k('firm', false), STACK_WINDOW_MS)).toEqual({ kind: 'card', helpOpen: false });
    // Blackmail after two cards still gets a card, with help open.
    expect(w.place('c', 'm3', k('firm', true), 2 * STACK_WINDOW_MS)).toEqual({ kind: 'card', helpOpen: true });
  });

  it("keeps the child's own messages apart: advice about what they sent is not folded into a card about someone else", () => {
    const w = new ConversationWarnings();
    w.place('c', 'm1', k('plain', false), 0);
    expect(w.place('c', 'mine', k('gentle', false, true), MIN).kind).toBe('card');
    expect(w.place('c', 'mine2', k('gentle', false, true), MIN)).toEqual({ kind: 'stacked', head: 'mine' });
    expect(w.place('c', 'm2', k('plain', false), MIN)).toEqual({ kind: 'stacked', head: 'm1' });
  });

  it('a closed card takes no more warnings: the next one gets a card of its own', () => {
    const w = new ConversationWarnings();
    w.place('c', 'm1', k('plain', false), 0);
    w.closed('m1');
    expect(w.place('c', 'm2', k('plain', false), MIN).kind).toBe('card');
    w.clear();
    expect(w.count('c')).toBe(0);
  });
});
