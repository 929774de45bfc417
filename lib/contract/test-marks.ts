// The test contract (issue 14). By default the page DOM carries no verdict and nothing that
// reveals the extension. Setting this key in `storage.local` from an extension context (the
// service worker or an extension page; never reachable from a page) switches on the marks that
// independent checks read: `data-not-alone="ok|risk"` and `data-not-alone-category` on each judged
// message element, and cards as `not-alone-*` elements with an open shadow root. docs/testing.md.
export const TEST_MARKS_KEY = 'not-alone:test-marks';
export const MARK_ATTR = 'data-not-alone';
export const CATEGORY_ATTR = 'data-not-alone-category';
/** The card element's name while test marks are on. */
export const TEST_CARD_TAG = 'not-alone-warning';
/** The "think before you send" hint's element name while test marks are on. */
export const TEST_NUDGE_TAG = 'not-alone-nudge';
/** The CSS highlight that paints matched words, named so while test marks are on. */
export const TEST_HIGHLIGHT_NAME = 'not-alone-match';

/**
 * Benchmark timings (scripts/bench/page.ts): with this key set in `storage.local`, the content
 * script writes User Timing entries named `not-alone:*` (slices, judged keys, queue high-water
 * mark, attach, compile). A page cannot switch them on; without the key none are written.
 */
export const BENCH_TIMINGS_KEY = 'not-alone:bench-timings';

/** A neutral element name chosen once per install (storage.local), used while test marks are off. */
export const UI_TAG_KEY = 'not-alone:ui-tag';
