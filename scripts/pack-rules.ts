// Prints the built-in rules compiled and packed (lib/detect/pack.ts) as JSON: what the extension
// build ships in place of lib/rules/packed.ts (see scripts/packed-rules-plugin.ts).
//
//   npx tsx scripts/pack-rules.ts > packed.json
import { packRules } from '../lib/detect/pack';
import { RULES } from '../lib/rules/index';

process.stdout.write(JSON.stringify(packRules(RULES)));
