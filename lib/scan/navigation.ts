// One navigation watcher for single-page sites (facebook.com feed → /messages, discord.com
// channel → channel). A content script runs in an isolated world: patching the page's
// history.pushState there would not see the page's own calls. What it does see are events on the
// shared window: the Navigation API's `currententrychange` (Chromium; fires for pushState,
// replaceState, back/forward), plus `popstate` and `hashchange`. Where the Navigation API is
// missing (Firefox before 147), a one-second check of the address is the fallback: there is no
// event for a page's pushState there.
export const FALLBACK_CHECK_MS = 1000;

interface NavigationLike {
  addEventListener(type: 'currententrychange', listener: () => void, options?: AddEventListenerOptions): void;
}

export function watchNavigation(win: Window, signal: AbortSignal, onChange: (href: string) => void): void {
  let href = win.location.href;
  const check = () => {
    const now = win.location.href;
    if (now === href) return;
    href = now;
    onChange(now);
  };
  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', check, { signal });
  } else {
    const timer = win.setInterval(check, FALLBACK_CHECK_MS);
    signal.addEventListener('abort', () => win.clearInterval(timer), { once: true });
  }
  win.addEventListener('popstate', check, { signal });
  win.addEventListener('hashchange', check, { signal });
}
