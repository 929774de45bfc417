// "Think before you send": a small hint above the composer while the child is typing personal
// details (phone, address, school, "home alone") or about intimate photos. Never a block: the
// child can send anyway, and "Got it" hides it until the composer is emptied (message sent).
// The input listener only schedules; the text is judged once typing pauses.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Category, Verdict } from '@/lib/detect/types';
import { createShadowHost, isOurUi, type ShadowHost, type UiNames } from './shadow-host';
import type { WarningUi } from './ui-contract';
/** Judge the draft once typing has paused this long. */
export const NUDGE_DELAY_MS = 500;
/** Longest draft judged (a chat message is far shorter). */
export const MAX_DRAFT_CHARS = 2000;
/** Gap between the hint and the composer, in CSS pixels. */
const GAP_PX = 6;
/** Below this distance from the top of the window the hint goes under the composer instead. */
const MIN_ROOM_ABOVE_PX = 120;

export const NUDGE_CATEGORIES: ReadonlySet<Category> = new Set(['personal_info', 'sexual_request']);

const NUDGE_CSS = `
/* The host is reset with "all: initial !important"; position comes in through custom properties. */
:host { position: fixed !important; z-index: 2147483646 !important; left: var(--na-left) !important; top: var(--na-top, auto) !important;
  bottom: var(--na-bottom, auto) !important; max-width: var(--na-max-width) !important; display: block !important; }
.nudge { font: 0.875rem/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1f; background: #f3f8ff;
  border: 2px solid #1d5fb4; border-radius: 0.6rem; padding: 0.45rem 0.65rem; box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
  display: flex; flex-wrap: wrap; gap: 0.3rem 0.6rem; align-items: baseline; overflow-wrap: anywhere; }
strong { font-weight: 700; }
button { font: inherit; border-radius: 0.4rem; padding: 0.2rem 0.6rem; border: 1px solid #44444c; background: #fff; color: #1b1b1f; cursor: pointer; }
button:focus-visible { outline: 3px solid #1a56db; outline-offset: 2px; }
`;

type Editable = HTMLElement;

/** The editable element an input event came from, if it is a place to write a message. */
export function editableOf(target: EventTarget | null | undefined): Editable | null {
  if (!target || (target as Node).nodeType !== 1) return null;
  const el = target as HTMLElement;
  // Search boxes look for people and chats; what is typed there is not sent to anyone.
  if (el.closest('[role="searchbox"], [role="combobox"], [type="search"]')) return null;
  if (el.tagName === 'TEXTAREA') return el;
  if (el.tagName === 'INPUT') return (el as HTMLInputElement).type === 'text' ? el : null;
  if (el.isContentEditable) {
    // The root of the editable region, whatever inner node received the event.
    let root = el;
    while (root.parentElement?.isContentEditable) root = root.parentElement;
    return root;
  }
  return null;
}

export function draftOf(el: Editable): string {
  const value = 'value' in el && typeof (el as HTMLInputElement).value === 'string' ? (el as HTMLInputElement).value : el.textContent ?? '';
  return value.slice(0, MAX_DRAFT_CHARS);
}

export class ComposerNudge {
  private ui: ShadowHost | null = null;
  private timer: number | undefined;
  /** "Got it" silences the hint for this composer until it is emptied. */
  private silenced: Editable | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    /** Judges the child's draft; null while protection is off on this page. */
    private readonly judge: (text: string) => Verdict | null,
    /** The host's names now (they change when test marks are switched). */
    private readonly names: () => UiNames,
    /** The warning UI (loaded on first use). */
    private readonly view: () => Promise<Pick<WarningUi, 'renderNudge' | 'unrender'> | null>,
  ) {}

  start(): void {
    this.ctx.addEventListener(document, 'input', (event) => this.onInput(event), { capture: true, passive: true });
    this.ctx.onInvalidated(() => this.hide());
  }

  private onInput(event: Event): void {
    const el = editableOf(event.composedPath()[0]);
    if (!el || isOurUi(el, this.names())) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = this.ctx.setTimeout(() => void this.check(el), NUDGE_DELAY_MS);
  }

  private async check(el: Editable): Promise<void> {
    this.timer = undefined;
    const draft = draftOf(el);
    if (!draft.trim()) {
      if (this.silenced === el) this.silenced = null;
      return this.hide();
    }
    const verdict = this.judge(draft);
    const category = verdict?.flagged && verdict.category && NUDGE_CATEGORIES.has(verdict.category) ? verdict.category : null;
    if (!category || this.silenced === el) return this.hide();
    this.show(el, category);
  }

  private show(el: Editable, category: Category): void {
    const names = this.names();
    if (this.ui?.host.localName !== names.nudge) {
      this.hide();
      this.ui = createShadowHost(document, names.nudge, names.shadowMode, NUDGE_CSS);
    }
    const ui = this.ui;
    if (!ui.host.isConnected) document.body.append(ui.host);
    this.place(ui.host, el);
    // The view (Preact, strings) comes with the warning UI, loaded when first needed.
    void this.view().then((view) => {
      if (!view || this.ui !== ui || !ui.host.isConnected) return;
      view.renderNudge(ui.container, category, () => {
        this.silenced = el;
        this.hide();
        el.focus();
      });
    });
  }

  /** Just above the composer (below it when it sits at the top), never on top of it. */
  private place(host: HTMLElement, el: Editable): void {
    const rect = el.getBoundingClientRect();
    const style = host.style;
    style.setProperty('--na-left', `${Math.max(GAP_PX, rect.left)}px`);
    style.setProperty('--na-max-width', `min(28rem, ${Math.max(rect.width, 240)}px, calc(100vw - ${2 * GAP_PX}px))`);
    if (rect.top >= MIN_ROOM_ABOVE_PX) {
      style.setProperty('--na-bottom', `${window.innerHeight - rect.top + GAP_PX}px`);
      style.setProperty('--na-top', 'auto');
    } else {
      style.setProperty('--na-top', `${rect.bottom + GAP_PX}px`);
      style.setProperty('--na-bottom', 'auto');
    }
  }

  private hide(): void {
    if (!this.ui) return;
    const { container, host } = this.ui;
    void this.view().then((view) => view?.unrender(container));
    host.remove();
  }
}
