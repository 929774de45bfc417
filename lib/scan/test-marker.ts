// The test contract's marks (lib/contract/test-marks.ts): `data-not-alone="ok|risk"` and
// `data-not-alone-category` on each judged message element, written only while the extension
// switched them on (storage.local TEST_MARKS_KEY). Off by default: then the page carries no verdict.
import { CATEGORY_ATTR, MARK_ATTR } from '../contract/test-marks';
import type { Verdict } from '../detect/types';
import type { ScannedMessage } from './page-scanner';
import type { VerdictSink } from './sinks';

export class TestMarker implements VerdictSink {
  private on = false;

  constructor(private readonly doc: Document) {}

  get enabled(): boolean {
    return this.on;
  }

  onVerdict(message: ScannedMessage, verdict: Verdict): void {
    if (this.on) mark(message.element, verdict);
  }

  /**
   * Switch the marks on (marking what is already judged, through `judged`) or off (every mark
   * removed from the page).
   */
  setEnabled(on: boolean, judged?: (visit: (message: ScannedMessage, verdict: Verdict) => void) => void): void {
    if (on === this.on) return;
    this.on = on;
    if (on) judged?.((message, verdict) => mark(message.element, verdict));
    else this.clear();
  }

  /** Remove every mark from the page (protection stopped, or marks switched off). */
  clear(): void {
    for (const el of this.doc.querySelectorAll(`[${MARK_ATTR}]`)) {
      el.removeAttribute(MARK_ATTR);
      el.removeAttribute(CATEGORY_ATTR);
    }
  }
}

function mark(el: Element, verdict: Verdict): void {
  el.setAttribute(MARK_ATTR, verdict.flagged ? 'risk' : 'ok');
  if (verdict.flagged && verdict.category) el.setAttribute(CATEGORY_ATTR, verdict.category);
  else el.removeAttribute(CATEGORY_ATTR);
}
