// How Not Alone's UI sits in a page: a host element under a neutral name chosen once per install,
// with a CLOSED shadow root, so a page's scripts cannot read the card (nor tell it from any other
// widget by its name). While the test contract's marks are on (lib/contract/test-marks.ts), the
// host is `not-alone-*` with an OPEN shadow root instead, for tests and independent checks.
// Styles are inline (no fetch); keys typed inside stay inside (Tab, Enter, Space must not trigger
// the site's shortcuts).
import { TEST_CARD_TAG, TEST_HIGHLIGHT_NAME, TEST_NUDGE_TAG } from '@/lib/contract/test-marks';

export interface UiNames {
  card: string;
  nudge: string;
  /** The CSS highlight that paints matched words. */
  highlight: string;
  /** The attribute that outlines a message where highlights are missing. */
  outlineAttr: string;
  shadowMode: ShadowRootMode;
}

export const TEST_UI_NAMES: UiNames = {
  card: TEST_CARD_TAG,
  nudge: TEST_NUDGE_TAG,
  highlight: TEST_HIGHLIGHT_NAME,
  outlineAttr: 'data-not-alone-outline',
  shadowMode: 'open',
};

/** The names for this install (`installTag` from randomUiTag, kept in storage.local). */
export function uiNames(installTag: string, testMarks: boolean): UiNames {
  if (testMarks) return TEST_UI_NAMES;
  return {
    card: installTag,
    nudge: `${installTag}-n`,
    highlight: installTag,
    outlineAttr: `data-${installTag}`,
    shadowMode: 'closed',
  };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A valid custom-element name that means nothing: two random lowercase words. */
export function randomUiTag(random: () => number = Math.random): string {
  const word = (n: number) => Array.from({ length: n }, () => LETTERS[Math.floor(random() * LETTERS.length)]).join('');
  return `${word(4)}-${word(5)}`;
}

export function isUiTag(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z]{4}-[a-z]{5}$/.test(value);
}

const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export interface ShadowHost {
  host: HTMLElement;
  /** Where the UI renders, inside the shadow root. */
  container: HTMLElement;
}

/** A detached host with its shadow root, styles and container; the caller places it. */
export function createShadowHost(doc: Document, tag: string, mode: ShadowRootMode, css: string): ShadowHost {
  const host = doc.createElement(tag);
  const shadow = host.attachShadow({ mode });
  const style = doc.createElement('style');
  // The page's styles must not reach in, nor inherited ones change the card.
  style.textContent = `:host{all:initial !important;}\n${css}`;
  const container = doc.createElement('div');
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation());
  return { host, container };
}

/** True when `node` is (inside) one of our hosts under either set of names. */
export function isOurUi(node: Element, names: UiNames): boolean {
  return node.closest(`${names.card}, ${names.nudge}, ${TEST_CARD_TAG}, ${TEST_NUDGE_TAG}`) !== null;
}
