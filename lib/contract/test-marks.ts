// The test contract (issue 14). By default the page DOM carries no verdict and nothing that
// reveals the extension. Setting this key in `storage.local` from an extension context (the
// service worker or an extension page; never reachable from a page) switches on the marks that
// independent checks read: `data-not-alone="ok|risk"` and `data-not-alone-category` on each judged
// message element, and cards as `not-alone-*` elements with an open shadow root.
export const TEST_MARKS_KEY = 'not-alone:test-marks';
export const MARK_ATTR = 'data-not-alone';
export const CATEGORY_ATTR = 'data-not-alone-category';
/** The card element's name while test marks are on. */
export const TEST_CARD_TAG = 'not-alone-warning';
