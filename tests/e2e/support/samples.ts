// Messages for the card's e2e tests, taken from the rules' own examples (so the tests follow the
// phrase packs). The build under test must come from the same rules (`npm test` builds right
// before the e2e run).
import { createDetector, DEFAULT_DETECTOR_OPTIONS } from '../../../lib/detect/index';
import type { Category } from '../../../lib/detect/types';
import { builtInRules } from '../../../lib/rules/built-in';
import { RULES } from '../../../lib/rules/index';

/**
 * One real message per category that the engine flags as that category on its own. Personal
 * details are flagged when the child shares them, so that one is sent as the child's own message.
 */
export function sampleFor(category: Category): { text: string; outgoing: boolean } {
  const outgoing = category === 'personal_info';
  const detector = createDetector(builtInRules(), DEFAULT_DETECTOR_OPTIONS);
  for (const rule of RULES) {
    if (rule.category !== category) continue;
    for (const text of rule.examples.match) {
      const verdict = detector.scan({ text, direction: outgoing ? 'out' : 'in' });
      if (verdict.flagged && verdict.category === category) return { text, outgoing };
    }
  }
  throw new Error(`no rule example is flagged as ${category}`);
}
