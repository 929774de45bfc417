// Benchmarks. Each part is a function returning an object; the results are merged into one.
//
//   npm run --silent bench -- [--json] [--engine-only] [--page-only]
//
// Parts: `engine` (scripts/bench/engine.ts). A `page` part (Playwright, the content script on
// real pages) plugs in the same way: add it to PARTS.

import { benchEngine, formatEngineBench, type EngineBench } from './bench/engine';
import { formatPageTable, runPageBench, type BundleFigures, type PageFigures } from './bench/page';

interface Part {
  /** Which flag selects this part alone. */
  only: string;
  run: () => Promise<Record<string, unknown>>;
  format: (result: Record<string, unknown>) => string;
}

const PARTS: Record<string, Part> = {
  engine: {
    only: '--engine-only',
    run: async () => (await benchEngine()) as unknown as Record<string, unknown>,
    format: (r) => formatEngineBench(r as unknown as EngineBench),
  },
  page: {
    only: '--page-only',
    // Progress on stderr, so `--json` output stays one object.
    run: async () => (await runPageBench({ log: (line) => process.stderr.write(`${line}\n`) })) as unknown as Record<string, unknown>,
    format: (r) => formatPageTable(r.page as PageFigures, r.bundle as BundleFigures),
  },
};

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const json = argv.includes('--json');
  const onlyFlags = argv.filter((a) => a.endsWith('-only'));
  const selected = Object.entries(PARTS).filter(([, p]) => onlyFlags.length === 0 || onlyFlags.includes(p.only));
  for (const f of onlyFlags) {
    if (!Object.values(PARTS).some((p) => p.only === f)) process.stderr.write(`bench: ${f}: no such part yet\n`);
  }
  const result: Record<string, unknown> = {};
  const texts: string[] = [];
  for (const [, part] of selected) {
    const r = await part.run();
    Object.assign(result, r);
    texts.push(part.format(r));
  }
  process.stdout.write(json ? JSON.stringify(result) + '\n' : texts.join('\n\n') + '\n');
}

main().catch((e) => {
  process.stderr.write(`bench: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
