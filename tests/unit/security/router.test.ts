// The worker's one router (lib/worker/router.ts): only this extension's scripts are answered,
// malformed messages are dropped, and the warning UI goes only into the sending tab's own frame.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { NotAloneDb } from '@/lib/store/event-log';
import { routeMessage, type WorkerServices } from '@/lib/worker/router';

const OWN = 'fjlbflnpamghbkhgemopjcohecfeilbk';

function services(): WorkerServices & { injectWarningUi: ReturnType<typeof vi.fn> } {
  return {
    db: new NotAloneDb('router-test'),
    prune: () => undefined,
    openPage: async () => undefined,
    modelWeights: async () => ({ ok: false, error: 'none' }),
    injectWarningUi: vi.fn(async () => undefined),
  };
}

describe('routeMessage', () => {
  it('answers only this extension, and drops malformed messages', () => {
    const s = services();
    expect(routeMessage({ type: 'load-warning-ui' }, { id: 'another-extension', tab: { id: 1 }, frameId: 0 }, OWN, s)).toBeUndefined();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(routeMessage({ type: 'no-such-message' }, { id: OWN }, OWN, s)).toBeUndefined();
    expect(s.injectWarningUi).not.toHaveBeenCalled();
  });

  it('injects the warning UI into the frame that asked, and refuses a sender without one', async () => {
    const s = services();
    expect(await routeMessage({ type: 'load-warning-ui' }, { id: OWN, tab: { id: 12 }, frameId: 3 }, OWN, s)).toEqual({ ok: true });
    expect(s.injectWarningUi).toHaveBeenCalledWith(12, 3);
    expect(await routeMessage({ type: 'load-warning-ui' }, { id: OWN }, OWN, s)).toEqual({ ok: false });
    expect(s.injectWarningUi).toHaveBeenCalledTimes(1);
  });
});
