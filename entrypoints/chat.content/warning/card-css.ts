// Styles inside the shadow root; the page's CSS cannot reach them. Sizes in rem/em so the card
// reflows at 200 % zoom. Two palettes (light, dark: the page's own scheme) × three tones; every
// text/background pair is ≥ 4.5:1 (tests/unit/warning/contrast.test.ts reads them from here, and
// the layout e2e measures them in the browser). The card sits in the page flow on a line of its
// own under its message (card-layout.ts): it never overlays the message or the composer.

/** Colours per scheme and tone, as data: the CSS and the contrast test both read them. */
export const PALETTES = {
  light: {
    fg: '#1b1b1f',
    muted: '#55555e',
    link: '#0b4fb3',
    buttonBg: '#ffffff',
    buttonFg: '#1b1b1f',
    buttonBorder: '#44444c',
    focus: '#1a56db',
    tones: {
      gentle: { bg: '#f3f8ff', border: '#1d5fb4', lead: '#154a8c', primaryBg: '#1d5fb4', primaryFg: '#ffffff' },
      plain: { bg: '#fff8e6', border: '#8a5300', lead: '#704300', primaryBg: '#8a5300', primaryFg: '#ffffff' },
      firm: { bg: '#fdecec', border: '#b3261e', lead: '#8c1d18', primaryBg: '#b3261e', primaryFg: '#ffffff' },
    },
  },
  dark: {
    fg: '#f2f2f5',
    muted: '#c4c4cc',
    link: '#a8c8ff',
    buttonBg: '#2a2a30',
    buttonFg: '#f2f2f5',
    buttonBorder: '#a0a0aa',
    focus: '#8ab4f8',
    tones: {
      gentle: { bg: '#15263d', border: '#8ab4f8', lead: '#b9d3ff', primaryBg: '#b9d3ff', primaryFg: '#10213a' },
      plain: { bg: '#33270f', border: '#f0b45a', lead: '#ffd08a', primaryBg: '#ffd08a', primaryFg: '#2b1d00' },
      firm: { bg: '#3b1517', border: '#ff8a80', lead: '#ffb4ab', primaryBg: '#ffb4ab', primaryFg: '#3b0a0c' },
    },
  },
} as const;

/** Yellow behind near-black text, in both schemes (the page's highlight uses the same pair). */
export const MARK_COLOURS = { bg: '#ffe066', fg: '#1b1b1f' } as const;

const scheme = (name: keyof typeof PALETTES) => {
  const p = PALETTES[name];
  const tones = Object.entries(p.tones)
    .map(
      ([tone, c]) =>
        `.${name} .tone-${tone} { --bg: ${c.bg}; --border: ${c.border}; --lead: ${c.lead}; --primary-bg: ${c.primaryBg}; --primary-fg: ${c.primaryFg}; }`,
    )
    .join('\n');
  return `.${name} { --fg: ${p.fg}; --muted: ${p.muted}; --link: ${p.link}; --button-bg: ${p.buttonBg}; --button-fg: ${p.buttonFg};
  --button-border: ${p.buttonBorder}; --focus: ${p.focus}; color-scheme: ${name}; }
${tones}`;
};

/** The narrow layout: buttons in a grid that fills the width, then one per line when very tight. */
const narrow = (scope: string) => `
${scope} .card { padding: 0.5rem 0.5rem 0.5rem 0.55rem; border-left-width: 0.3rem; }
${scope} .actions { display: grid; grid-template-columns: repeat(auto-fit, minmax(8rem, 1fr)); }
${scope} .actions { gap: 0.35rem; }
${scope} .actions button { width: 100%; padding: 0.35rem 0.3rem; }
${scope} .headline { font-size: 0.95rem; }
${scope} .help-actions { display: flex; margin-left: 0; }
`;

export const CARD_CSS = `
:host { all: initial; display: block !important; margin: 0.4rem 0 !important; width: 100% !important; max-width: 100% !important;
  min-width: 0 !important; box-sizing: border-box !important; flex: var(--na-flex, 0 1 auto) !important;
  grid-column: var(--na-grid-column, auto) !important; }
* { box-sizing: border-box; }
${scheme('light')}
${scheme('dark')}
.frame { container: na-card / inline-size; }
.card, .compact { font: 0.875rem/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg);
  background: var(--bg); border: 2px solid var(--border); border-radius: 0.6rem; overflow-wrap: anywhere; max-width: 36rem; }
.out .card, .out .compact { margin-left: auto; }
.card { padding: 0.6rem 0.75rem; border-left-width: 0.4rem; }
.card:focus { outline: none; }
.card:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.head { margin: 0; }
p { margin: 0; }
.headline { font-size: 1rem; line-height: 1.35; font-weight: 600; }
.lead { color: var(--lead); font-weight: 800; }
.tip { margin-top: 0.3rem; }
.pattern { margin-top: 0.3rem; font-weight: 700; }
/* The reason is written to sit in a list ("… shows several warning signs"); alone it starts a line. */
.pattern::first-letter { text-transform: uppercase; }
.actions { display: flex; flex-wrap: wrap; gap: 0.4rem; margin-top: 0.55rem; }
button { font: inherit; border-radius: 0.4rem; padding: 0.35rem 0.75rem; border: 1px solid var(--button-border); background: var(--button-bg);
  color: var(--button-fg); cursor: pointer; min-height: 2.25rem; }
button.primary { background: var(--primary-bg); color: var(--primary-fg); border-color: var(--primary-bg); font-weight: 700; }
button.primary[aria-expanded="true"] { box-shadow: inset 0 -3px 0 var(--primary-fg); }
button:hover { filter: brightness(0.95); }
button:disabled { cursor: default; filter: none; border-style: dashed; }
.link-button { border: none; background: none; padding: 0.15rem 0; min-height: 0; color: var(--link); text-decoration: underline; }
button:focus-visible, a:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.panel { margin: 0.55rem 0 0; border-top: 1px solid var(--border); padding-top: 0.45rem; }
.panel[hidden] { display: none; }
.panel > p + p, .panel > p + ul, .panel > ul + p { margin-top: 0.3rem; }
.tips, .help, .panel ul { margin: 0.2rem 0 0.3rem; padding-left: 1.2em; }
.tips li, .help li { margin: 0.2rem 0; }
.help-actions { display: inline-flex; flex-wrap: wrap; gap: 0.2rem 0.7rem; margin-left: 0.5rem; }
.detail { display: block; color: var(--muted); font-size: 0.8rem; }
a { color: var(--link); text-decoration: underline; }
mark { background: ${MARK_COLOURS.bg}; color: ${MARK_COLOURS.fg}; padding: 0 0.15em; border-radius: 0.2em; margin-right: 0.3em; }
.sub { font-weight: 600; }
.muted { color: var(--muted); font-size: 0.8rem; }
.confirm { margin: 0.45rem 0 0; padding: 0.45rem 0.6rem; border: 1px solid var(--border); border-radius: 0.4rem; }
.confirm p { font-weight: 600; }
.status:empty { display: none; }
.status { margin: 0.4rem 0 0; }
.footer { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.15rem 0.8rem; margin-top: 0.45rem; font-size: 0.8rem; }
.stack { font-weight: 700; }
.compact { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.2rem 0.5rem; padding: 0.3rem 0.6rem; border-width: 1px;
  width: fit-content; }
.compact .link-button { font-weight: 700; }
${narrow('.narrow')}
@container na-card (max-width: 399px) { ${narrow('')} }
@media (prefers-reduced-motion: no-preference) { .card { animation: in 120ms ease-out; } }
@keyframes in { from { opacity: 0.4; } to { opacity: 1; } }
@media (forced-colors: active) { .card, .compact { border: 2px solid CanvasText; } button.primary { border: 2px solid ButtonText; } }
`;
