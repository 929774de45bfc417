import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_SCRIPT_MATCHES } from '@/lib/sites/match-patterns';
import { ignoreForgedStops } from './context-guard';
import { startProtection } from './protection';

export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  // YouTube live chat lives in an iframe on watch pages.
  allFrames: true,
  runAt: 'document_idle',
  main: (ctx) => {
    ignoreForgedStops(ctx);
    return startProtection(ctx);
  },
});
