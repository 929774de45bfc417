// Records every request made while the extension runs, and says who made it: the page itself
// (its parser or its own scripts), or an extension context (service worker, extension page,
// content script). Used by privacy-network.spec.ts (issue 8: nothing leaves the device).
import type { BrowserContext, CDPSession, Page, Request } from '@playwright/test';

export interface RecordedRequest {
  url: string;
  /** Who made it, as far as the browser tells: 'page' requests are the site's own. */
  by: 'page' | 'service-worker' | 'extension-page' | 'content-script' | 'unknown';
  /** The frame or worker URL it came from. */
  from: string;
  resourceType?: string;
}

const isExtensionUrl = (url: string) => url.startsWith('chrome-extension://');

/** Request URL + initiator as CDP reports it for one page, keyed by URL (several per URL possible). */
interface CdpRequest {
  url: string;
  initiatorType: string;
  /** URLs of the script frames of the initiator (empty for the parser). */
  stackUrls: string[];
  initiatorUrl?: string;
  isNavigation: boolean;
}

export class NetworkRecorder {
  readonly requests: RecordedRequest[] = [];
  readonly webSockets: string[] = [];
  private readonly cdpByPage = new Map<Page, CdpRequest[]>();
  private readonly pending: Promise<unknown>[] = [];
  private readonly watching = new Map<Page, Promise<void>>();

  constructor(private readonly context: BrowserContext) {
    context.on('request', (request) => this.onRequest(request));
    context.on('page', (page) => this.pending.push(this.watchPage(page)));
    for (const page of context.pages()) this.pending.push(this.watchPage(page));
  }

  /** A new tab with its initiators watched from the first request on, then navigated to `url`. */
  async open(url: string): Promise<Page> {
    const page = await this.context.newPage();
    await this.watchPage(page);
    await page.goto(url);
    return page;
  }

  /** Attach CDP to a web page so that each request's initiator (who made it) is known. */
  async watchPage(page: Page): Promise<void> {
    const watching = this.watching.get(page);
    if (watching) return watching;
    const attached = this.attach(page);
    this.watching.set(page, attached);
    return attached;
  }

  private async attach(page: Page): Promise<void> {
    const list: CdpRequest[] = [];
    this.cdpByPage.set(page, list);
    let cdp: CDPSession;
    try {
      cdp = await this.context.newCDPSession(page);
    } catch (error) {
      // A tab that closed before we could attach (the install's welcome tab, which the harness
      // closes) made no request worth attributing; any other failure is real.
      if (page.isClosed()) return;
      throw error;
    }
    cdp.on('Network.requestWillBeSent', (event) => {
      const initiator = event.initiator as { type: string; url?: string; stack?: StackTrace };
      list.push({
        url: event.request.url,
        initiatorType: initiator.type,
        stackUrls: stackUrls(initiator.stack),
        initiatorUrl: initiator.url,
        isNavigation: event.type === 'Document',
      });
    });
    cdp.on('Network.webSocketCreated', (event) => this.webSockets.push(`${page.url()} → ${event.url}`));
    await cdp.send('Network.enable').catch((error: unknown) => {
      if (!page.isClosed()) throw error;
    });
    page.on('websocket', (socket) => this.webSockets.push(`${page.url()} → ${socket.url()}`));
  }

  private onRequest(request: Request): void {
    const url = request.url();
    const worker = request.serviceWorker();
    if (worker) {
      this.requests.push({ url, by: 'service-worker', from: worker.url(), resourceType: request.resourceType() });
      return;
    }
    const frameUrl = safeFrameUrl(request);
    if (isExtensionUrl(frameUrl)) {
      this.requests.push({ url, by: 'extension-page', from: frameUrl, resourceType: request.resourceType() });
      return;
    }
    this.requests.push({ url, by: 'unknown', from: frameUrl, resourceType: request.resourceType() });
  }

  /**
   * Decide, for requests from web pages, whether the page made them: the navigation itself, or
   * an initiator (parser or script) at the page's own origin. A request started by a content
   * script carries the extension's script URL in its stack, or no page URL at all.
   */
  async settle(): Promise<RecordedRequest[]> {
    await Promise.all(this.pending);
    const cdp = [...this.cdpByPage.values()].flat();
    for (const request of this.requests) {
      if (request.by !== 'unknown') continue;
      const candidates = cdp.filter((c) => c.url === request.url);
      const origin = safeOrigin(request.from);
      const byPage = candidates.some(
        (c) =>
          !c.stackUrls.some(isExtensionUrl) &&
          (c.isNavigation ||
            // The browser's own favicon request for the page.
            (c.initiatorType === 'other' && c.url === `${origin}/favicon.ico`) ||
            (c.initiatorType === 'parser' && safeOrigin(c.initiatorUrl ?? '') === origin) ||
            (c.stackUrls.length > 0 && c.stackUrls.every((u) => safeOrigin(u) === origin))),
      );
      const byExtension = candidates.some((c) => c.stackUrls.some(isExtensionUrl));
      request.by = byExtension ? 'content-script' : byPage ? 'page' : 'unknown';
    }
    return this.requests;
  }

  /** Requests not made by a page itself and not for a file inside the extension package. */
  async offending(extensionId: string): Promise<RecordedRequest[]> {
    const all = await this.settle();
    const packaged = `chrome-extension://${extensionId}/`;
    return all.filter((r) => r.by !== 'page' && !r.url.startsWith(packaged));
  }
}

interface StackTrace {
  callFrames: { url: string }[];
  parent?: StackTrace;
}

function stackUrls(stack: StackTrace | undefined): string[] {
  const urls: string[] = [];
  for (let s = stack; s; s = s.parent) for (const frame of s.callFrames) urls.push(frame.url);
  return urls;
}

function safeFrameUrl(request: Request): string {
  try {
    return request.frame().url();
  } catch {
    return '';
  }
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}
