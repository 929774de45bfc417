// What this tab judges with: the packed rules and the learned model, asked from the service worker
// in one round-trip (it reads both packaged files; docs/performance.md, "Page" and "Model").
// Each part may be missing on its own: that is reduced protection, said in the console here and
// to the parent in the popup (entrypoints/options/shared/ReducedProtection.tsx).
import { browser } from 'wxt/browser';
import { base64ToBytes } from '@/lib/detect/model/base64';
import { parseModel, type Model } from '@/lib/detect/model/model';
import type { PackedRules } from '@/lib/detect/pack';
import type { DetectionDataReply } from '@/lib/messages';

export interface DetectionData {
  rules: PackedRules | null;
  model: Model | null;
}

export async function requestDetectionData(): Promise<DetectionData> {
  let reply: DetectionDataReply | undefined;
  try {
    reply = (await browser.runtime.sendMessage({ type: 'detection-data' })) as DetectionDataReply | undefined;
    if (!reply) throw new Error('no answer from the service worker');
  } catch (error) {
    console.warn('[Not Alone] Reduced protection: the service worker did not send the phrase rules and the learned model.', error);
    return { rules: null, model: null };
  }
  if (!reply.rules.ok) console.warn('[Not Alone] Reduced protection: the phrase rules are not available, the learned model alone judges messages.', reply.rules.error);
  return { rules: reply.rules.ok ? reply.rules.packed : null, model: modelOf(reply) };
}

function modelOf({ model }: DetectionDataReply): Model | null {
  try {
    if (!model.ok) throw new Error(model.error);
    return parseModel(base64ToBytes(model.base64));
  } catch (error) {
    console.warn('[Not Alone] Reduced protection: the learned model is not available, the rules alone judge messages.', error);
    return null;
  }
}
