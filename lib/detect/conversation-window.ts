// Recent signals per conversation, bounded in conversations, messages and minutes.
// Grooming is rarely decided by one line: an age question, "home alone", a secret and a photo
// request spread over a chat are together what matters. Stages are treated as independent
// themes, not a strict sequence (Aitken et al. 2017; ../shared/research/child-safety.md (c)).

import type { Category } from './types';

/** Conversations remembered at once (least recently used forgotten first). */
export const MAX_CONVERSATIONS = 200;
/** Messages of one conversation whose signals still count. */
export const WINDOW_MESSAGES = 40;
/** Minutes after which a signal no longer counts. */
export const WINDOW_MINUTES = 60;

export interface SignalEvent {
  signal: string;
  category: Category;
  weight: number;
  time: number;
  /** Message number within the conversation. */
  seq: number;
}

interface Conversation {
  seq: number;
  events: SignalEvent[];
}

export class ConversationWindow {
  private convs = new Map<string, Conversation>();

  /** Signals still in the window of `key` at `time`, oldest first (the conversation is touched). */
  recent(key: string, time: number): SignalEvent[] {
    const c = this.touch(key);
    const minSeq = c.seq - WINDOW_MESSAGES;
    const minTime = time - WINDOW_MINUTES * 60_000;
    c.events = c.events.filter((e) => e.seq > minSeq && e.time >= minTime);
    return c.events;
  }

  /** Record the signals of the next message of `key`. */
  record(key: string, time: number, events: Omit<SignalEvent, 'time' | 'seq'>[]): void {
    const c = this.touch(key);
    c.seq++;
    for (const e of events) c.events.push({ ...e, time, seq: c.seq });
  }

  forget(key: string): void {
    this.convs.delete(key);
  }

  get size(): number {
    return this.convs.size;
  }

  private touch(key: string): Conversation {
    let c = this.convs.get(key);
    if (c) this.convs.delete(key);
    else {
      c = { seq: 0, events: [] };
      if (this.convs.size >= MAX_CONVERSATIONS) {
        const oldest = this.convs.keys().next().value;
        if (oldest !== undefined) this.convs.delete(oldest);
      }
    }
    this.convs.set(key, c);
    return c;
  }
}
