// What every Not Alone element on a page shares: an open shadow root (contract: tests and
// assistive tools can look inside), inline CSS (no fetch), Preact rendered into the container
// and cleaned up on removal, and keys that stay inside (Tab, Enter, Space must not trigger the
// site's shortcuts).
import { render } from 'preact';

export function shadowUiOptions(name: string, css: string) {
  return {
    name,
    css,
    mode: 'open' as const,
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount: (container: HTMLElement) => container,
    onRemove: (container: HTMLElement | undefined) => {
      if (container) render(null, container);
    },
  };
}
