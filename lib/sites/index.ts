// Every supported site, one line each. The content script picks the first whose matchesUrl holds
// (Messenger before Facebook: both live on www.facebook.com). The generic fallback is not listed:
// it is chosen only for the hostnames a parent enabled (settings.genericSites).
import type { SiteAdapter } from './types';
import { discord } from './discord';
import { facebook } from './facebook';
import { instagram } from './instagram';
import { messenger } from './messenger';
import { reddit } from './reddit';
import { telegram } from './telegram';
import { tiktok } from './tiktok';
import { whatsapp } from './whatsapp';
import { x } from './x';
import { youtube } from './youtube';
import { zalo } from './zalo';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  discord,
  instagram,
  messenger,
  facebook,
  reddit,
  telegram,
  tiktok,
  whatsapp,
  x,
  youtube,
  zalo,
];

export function adapterFor(url: URL): SiteAdapter | null {
  return SITE_ADAPTERS.find((adapter) => adapter.matchesUrl(url)) ?? null;
}
