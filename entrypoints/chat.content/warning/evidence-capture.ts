// What "Save evidence" keeps: the flagged message and the messages around it, read through the
// site adapter (the same reading the scanner uses), as text only. Images are never read.
import type { Verdict } from '@/lib/detect/types';
import type { EvidenceSaveMessage } from '@/lib/messages';
import type { ScannedMessage } from '@/lib/scan/page-scanner';
import type { SiteAdapter } from '@/lib/sites/types';
import { EVIDENCE_NEIGHBOURS, EVIDENCE_TEXT_MAX, type EvidenceMessage } from '@/lib/store/evidence';

const SHORT_MAX = 300;
/** A time as a page shows it is short; anything longer is not a time. */
const TIME_MAX = 100;

type Evidence = EvidenceSaveMessage['evidence'];

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function toEvidenceMessage(read: { text: string; direction: 'in' | 'out'; sender?: string; time?: string }): EvidenceMessage {
  return {
    text: clip(read.text, EVIDENCE_TEXT_MAX),
    direction: read.direction,
    ...(read.sender ? { sender: clip(read.sender, SHORT_MAX) } : {}),
    ...(read.time ? { time: clip(read.time, TIME_MAX) } : {}),
  };
}

/** Up to `count` readable messages next to `index`, walking in `step` direction, in page order. */
export function neighbours(adapter: SiteAdapter, list: readonly Element[], index: number, step: 1 | -1, count = EVIDENCE_NEIGHBOURS): EvidenceMessage[] {
  const out: EvidenceMessage[] = [];
  for (let i = index + step; i >= 0 && i < list.length && out.length < count; i += step) {
    const el = list[i];
    const read = el ? adapter.readMessage(el) : null;
    if (read) out.push(toEvidenceMessage(read));
  }
  return step === -1 ? out.reverse() : out;
}

export function captureEvidence(adapter: SiteAdapter, message: ScannedMessage, verdict: Verdict, seenAt: number, doc: Document): Evidence | null {
  if (!verdict.category || !verdict.severity) return null;
  const container = adapter.findContainer(doc);
  const list = container ? adapter.findMessages(container) : [];
  const index = list.indexOf(message.element);
  const site = adapter.id;
  return {
    seenAt,
    site,
    conversationKey: clip(message.conversationKey, SHORT_MAX),
    ...(message.sender ? { sender: clip(message.sender, SHORT_MAX) } : {}),
    category: verdict.category,
    severity: verdict.severity,
    message: toEvidenceMessage(message),
    before: index >= 0 ? neighbours(adapter, list, index, -1) : [],
    after: index >= 0 ? neighbours(adapter, list, index, 1) : [],
    pageUrl: clip(doc.location?.href ?? '', 2048),
    ...(doc.title ? { pageTitle: clip(doc.title, SHORT_MAX) } : {}),
  };
}
