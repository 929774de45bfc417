// The warning UI, loaded only when a first warning (or nudge) is to be shown: the service worker
// injects this packaged script into the tab's isolated world (lib/worker/router.ts,
// 'load-warning-ui'). Keeps Preact, the card, tips and strings out of the content script that
// every page of the supported sites loads.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installWarningUi } from './chat.content/warning/ui-entry';

export default defineUnlistedScript(() => installWarningUi());
