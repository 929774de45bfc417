// Styles inside the shadow root; the page's CSS cannot reach them. Colours keep ≥ 4.5:1 contrast.
export const CARD_CSS = `
:host { display: block !important; margin: 6px 0 !important; max-width: 28rem; }
.card { font: 14px/1.45 system-ui, sans-serif; color: #1b1b1f; background: #fff8e6;
  border: 2px solid #b26a00; border-radius: 10px; padding: 10px 12px; }
.card.severity-high { background: #fdecec; border-color: #b3261e; }
.risk { margin: 0 0 6px; font-weight: 600; }
.tips { margin: 0 0 8px; padding-left: 1.2em; }
.tips li { margin: 2px 0; }
button { font: inherit; border-radius: 6px; padding: 4px 10px; border: 1px solid #444; background: #fff; color: #1b1b1f; cursor: pointer; }
button:focus-visible { outline: 3px solid #1a56db; outline-offset: 2px; }
`;
