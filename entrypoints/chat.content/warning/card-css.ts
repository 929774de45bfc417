// Styles inside the shadow root; the page's CSS cannot reach them. Sizes in rem/em so the card
// reflows at 200 % zoom; every text/background pair below is ≥ 4.5:1 (the lowest, #5c5c66 on
// #fdecec, is 5.8:1; see tests/unit/warning/contrast.test.ts). The card sits in the page flow:
// it never overlays the composer.
export const CARD_CSS = `
:host { all: initial; display: block !important; margin: 0.4rem 0 !important; max-width: min(34rem, 100%); }
* { box-sizing: border-box; }
.card, .compact { font: 0.875rem/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1f;
  background: #fff8e6; border: 2px solid #8a5300; border-radius: 0.6rem; overflow-wrap: anywhere; }
.card { padding: 0.6rem 0.75rem; }
.card:focus { outline: none; }
.card:focus-visible { outline: 3px solid #1a56db; outline-offset: 2px; }
.tone-gentle { background: #f3f8ff; border-color: #1d5fb4; }
.tone-firm { background: #fdecec; border-color: #b3261e; border-width: 3px; }
.head { margin: 0 0 0.4rem; }
.lead { margin: 0; font-weight: 700; }
.tone-firm .lead { color: #8c1d18; }
.risk { margin: 0.1rem 0 0; font-weight: 600; }
.sub { margin: 0.4rem 0 0.15rem; font-weight: 600; }
.tips { margin: 0 0 0.3rem; padding-left: 1.2em; }
.tips li, .help li { margin: 0.15rem 0; }
.tips[hidden] { display: none; }
.disclosure { margin: 0.4rem 0; border-top: 1px solid #d8c9a8; padding-top: 0.3rem; }
.disclosure summary { cursor: pointer; font-weight: 600; padding: 0.15rem 0; }
.help { padding-left: 1.2em; margin: 0.2rem 0; }
.help-actions { display: inline-flex; flex-wrap: wrap; gap: 0.3rem 0.6rem; margin-left: 0.4rem; }
a { color: #0b4fb3; text-decoration: underline; }
mark { background: #ffe066; color: #1b1b1f; padding: 0 0.15em; border-radius: 0.2em; margin-right: 0.3em; }
.muted, .hint { color: #5c5c66; font-size: 0.8rem; }
.hint { margin: 0.2rem 0 0; }
.actions { display: flex; flex-wrap: wrap; gap: 0.4rem; margin-top: 0.5rem; }
button { font: inherit; border-radius: 0.4rem; padding: 0.3rem 0.7rem; border: 1px solid #44444c; background: #fff;
  color: #1b1b1f; cursor: pointer; min-height: 2rem; }
button:hover { background: #f0f0f3; }
button:disabled { cursor: default; color: #44444c; background: #eeeeef; }
.link-button { border: none; background: none; padding: 0.15rem 0; min-height: 0; color: #0b4fb3; text-decoration: underline; }
.link-button:hover { background: none; }
button:focus-visible, a:focus-visible, summary:focus-visible { outline: 3px solid #1a56db; outline-offset: 2px; }
.confirm { margin: 0.4rem 0 0; padding: 0.4rem 0.6rem; border: 1px solid #b3261e; border-radius: 0.4rem; background: #fff; }
.confirm p { margin: 0; font-weight: 600; }
.status:empty { display: none; }
.status { margin: 0.4rem 0 0; }
.footer { margin: 0.4rem 0 0; color: #5c5c66; font-size: 0.8rem; }
.compact { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.2rem 0.5rem; padding: 0.3rem 0.6rem; border-width: 1px; }
@media (prefers-reduced-motion: no-preference) { .card { animation: in 120ms ease-out; } }
@keyframes in { from { opacity: 0.4; } to { opacity: 1; } }
@media (forced-colors: active) { .card, .compact { border: 2px solid CanvasText; } }
`;
