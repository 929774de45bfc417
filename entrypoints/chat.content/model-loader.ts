// The learned model for this tab: asked once from the service worker, which reads the packaged
// file (docs/performance.md, "Model"). Any failure leaves the rules alone to judge.
import { browser } from 'wxt/browser';
import { base64ToBytes } from '@/lib/detect/model/base64';
import { parseModel, type Model } from '@/lib/detect/model/model';
import type { ModelReply } from '@/lib/messages';

export async function requestModel(): Promise<Model | null> {
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'model-weights' })) as ModelReply | undefined;
    if (!reply || !reply.ok) throw new Error(reply ? reply.error : 'no answer from the service worker');
    return parseModel(base64ToBytes(reply.base64));
  } catch (error) {
    console.warn('[Not Alone] Reduced protection: the learned model is not available, the rules alone judge messages.', error);
    return null;
  }
}
