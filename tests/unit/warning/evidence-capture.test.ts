// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { captureEvidence } from '@/entrypoints/chat.content/warning/evidence-capture';
import type { Verdict } from '@/lib/detect/types';
import type { ScannedMessage } from '@/lib/scan/page-scanner';
import { zalo } from '@/lib/sites/zalo';
import { loadFixture } from '../sites/load-fixture';

const verdict: Verdict = { flagged: true, category: 'grooming', severity: 'medium', score: 0.7, rules: ['x'], spans: [], signals: ['secrecy'] };

function scanned(id: string): ScannedMessage {
  const element = document.getElementById(id)!;
  const read = zalo.readMessage(element)!;
  return { ...read, element, messageKey: `zalo:${id}`, conversationKey: 'zalo:conv-anh-tuan-88881' };
}

beforeEach(() => loadFixture('zalo.html', 'https://chat.zalo.me/'));

describe('save evidence reads the neighbours through the adapter', () => {
  it('keeps the flagged message and the messages around it, as text', () => {
    const evidence = captureEvidence(zalo, scanned('bb_msg_id_1003'), verdict, 1000, document)!;
    expect(evidence.message.text).toContain('đừng nói với bố mẹ');
    expect(evidence.before.map((m) => m.text)).toEqual(['Chào em, em xinh quá! Em bao nhiêu tuổi rồi?', 'Em học lớp 7 ạ. Mai em đi học sớm.']);
    expect(evidence.before.map((m) => m.direction)).toEqual(['in', 'out']);
    expect(evidence.after[0]?.text).toContain('trời mưa to');
    expect(evidence.after).toHaveLength(3);
    expect(evidence).toMatchObject({ site: 'zalo', conversationKey: 'zalo:conv-anh-tuan-88881', category: 'grooming', seenAt: 1000 });
    expect(evidence.pageUrl).toBe('https://chat.zalo.me/');
    // Times as the chat shows them, where it shows one (Zalo: under the last bubble of a run).
    expect(evidence.message.time).toBe('20:03');
    expect(evidence.before.map((m) => m.time)).toEqual(['20:01', '20:02']);
    expect(JSON.stringify(evidence)).not.toMatch(/<img|data:image|blob:/);
  });

  it('says nothing for a verdict without a category', () => {
    expect(captureEvidence(zalo, scanned('bb_msg_id_1004'), { ...verdict, category: null }, 0, document)).toBeNull();
  });
});
