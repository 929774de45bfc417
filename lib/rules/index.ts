// All built-in rules, one file per language and category.
import type { Rule } from './types';
import { rules as enBullying } from './en/bullying';
import { rules as enGrooming } from './en/grooming';
import { rules as enPersonal } from './en/personal-info';
import { rules as enScam } from './en/scam';
import { rules as enSexual } from './en/sexual-request';
import { rules as enSextortion } from './en/sextortion';
import { rules as enTrafficking } from './en/trafficking';
import { rules as frBullying } from './fr/bullying';
import { rules as frGrooming } from './fr/grooming';
import { rules as frPersonal } from './fr/personal-info';
import { rules as frScam } from './fr/scam';
import { rules as frSexual } from './fr/sexual-request';
import { rules as frSextortion } from './fr/sextortion';
import { rules as frTrafficking } from './fr/trafficking';
import { rules as viBullying } from './vi/bullying';
import { rules as viGrooming } from './vi/grooming';
import { rules as viPersonal } from './vi/personal-info';
import { rules as viScam } from './vi/scam';
import { rules as viSexual } from './vi/sexual-request';
import { rules as viSextortion } from './vi/sextortion';
import { rules as viTrafficking } from './vi/trafficking';

export type { Rule, RuleExamples } from './types';

/** Rule files by name, for the table-driven tests. */
export const RULE_FILES: Record<string, readonly Rule[]> = {
  'en/bullying': enBullying, 'en/grooming': enGrooming, 'en/personal-info': enPersonal, 'en/scam': enScam,
  'en/sexual-request': enSexual, 'en/sextortion': enSextortion, 'en/trafficking': enTrafficking,
  'fr/bullying': frBullying, 'fr/grooming': frGrooming, 'fr/personal-info': frPersonal, 'fr/scam': frScam,
  'fr/sexual-request': frSexual, 'fr/sextortion': frSextortion, 'fr/trafficking': frTrafficking,
  'vi/bullying': viBullying, 'vi/grooming': viGrooming, 'vi/personal-info': viPersonal, 'vi/scam': viScam,
  'vi/sexual-request': viSexual, 'vi/sextortion': viSextortion, 'vi/trafficking': viTrafficking,
};

export const RULES: readonly Rule[] = Object.values(RULE_FILES).flat();
