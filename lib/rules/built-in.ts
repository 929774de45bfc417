// The built-in rule packs as the engine takes them: createDetector(builtInRules(), options), for
// the CLI, the tests and the options page. They arrive packed (./packed.ts, computed at build time)
// and are decoded once per context. (A tab gets the same package from the worker instead, see
// entrypoints/chat.content/detection-data.ts: the content script carries no rule.)
import { rulesDecoder } from './decoder';
import { PACKED_RULES } from './packed';

const builtIn = rulesDecoder(PACKED_RULES);

/** The built-in rules, decoded on first use and shared by every detector of this context. */
export function builtInRules() {
  return builtIn.rules();
}

/**
 * Decode the built-in rules ahead of the first message (e.g. at idle time), in a few steps with a
 * turn for the page (setTimeout 0) between them; a builtInRules() call meanwhile finishes the
 * work at once. Same result either way.
 */
export function prepareBuiltInRules(): Promise<void> {
  return builtIn.prepare();
}
