// Every supported site, one line each. The content script picks the first whose matchesUrl holds.
import type { SiteAdapter } from './types';
import { discord } from './discord';
import { messenger } from './messenger';
import { whatsapp } from './whatsapp';
import { zalo } from './zalo';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [discord, messenger, whatsapp, zalo];

export function adapterFor(url: URL): SiteAdapter | null {
  return SITE_ADAPTERS.find((adapter) => adapter.matchesUrl(url)) ?? null;
}
