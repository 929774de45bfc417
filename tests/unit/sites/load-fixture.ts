// Load a site fixture into happy-dom's document (scripts stripped: the adapters read the DOM as
// the site rendered it, not through the demo hook).
import fs from 'node:fs';
import path from 'node:path';

export function loadFixture(file: string, url: string): void {
  const html = fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/sites', file), 'utf8');
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  document.open();
  document.write(html.replace(/<script>[\s\S]*?<\/script>/g, ''));
  document.close();
}
