// The real sites the content script is declared for (manifest `content_scripts.matches`).
// Tests and the demo serve fixture pages at these exact URLs through Playwright routing.
export const CONTENT_SCRIPT_MATCHES = [
  'https://www.facebook.com/*',
  'https://www.messenger.com/*',
  'https://chat.zalo.me/*',
  'https://www.instagram.com/*',
  'https://www.tiktok.com/*',
  'https://www.youtube.com/*',
  'https://m.youtube.com/*',
  'https://discord.com/*',
  'https://web.whatsapp.com/*',
  'https://web.telegram.org/*',
  'https://x.com/*',
  'https://www.reddit.com/*',
  'https://old.reddit.com/*',
  'https://chat.reddit.com/*',
];
