// English bullying and harassment: threats, pushing to self-harm, exclusion, targeted insults.
import type { Rule } from '../types';

const YOU = ['you are', 'you re', 'ur', 'u are', 'ur such', 'you are such', 'such a', 'what a', 'you', 'u', 'you little', 'you fat', 'you stupid', 'you ugly'];

export const rules: Rule[] = [
  {
    id: 'en.bullying.exclusion', lang: 'en', category: 'bullying', weight: 0.6, signal: 'exclusion',
    patterns: ['(nobody|no one|noone) (likes|wants|loves|cares about) (you|u)', '(everyone|everybody) (hates|laughs at) (you|u)', '(you|u) have no friends'],
    examples: { match: ['nobody likes you', 'everyone hates u'], no: ['everyone likes pizza'] },
  },
  {
    id: 'en.bullying.insult', lang: 'en', category: 'bullying', weight: 0.6, signal: 'insult',
    near: [YOU, ['ugly', 'fat', 'stupid', 'retard', 'retarded', 'loser', 'worthless', 'pathetic', 'disgusting', 'bitch', 'slut', 'whore', 'freak', 'fatso', 'pig', 'cow', 'idiot', 'moron', 'dumbass', 'skank', 'trash', 'useless']], window: 4,
    unless: ['not', 'never', 'no', 'feel', 'i am', 'i m'],
    examples: { match: ['you are so ugly', 'ur such a loser', 'you fat pig'], no: ['i feel stupid today', 'the movie was stupid'] },
  },
  {
    id: 'en.bullying.self_harm', lang: 'en', category: 'bullying', weight: 0.9, signal: 'self_harm_push',
    patterns: ['(go |just |)kill (yourself|urself|your self|ur self)', 'kys', '(you|u) should (just |)(die|kill yourself|disappear)', '(go|just) die', '(the world|everyone) (would be|is) better (off |)without (you|u)', 'no one would (miss|care if) (you|u)'],
    examples: { match: ['go kill yourself', 'kys', 'everyone would be better off without you'], no: ['this heat is killing me'] },
  },
  {
    id: 'en.bullying.threat', lang: 'en', category: 'bullying', weight: 0.8, signal: 'threat',
    patterns: [
      '(i will|i ll|i am going to|i m going to|gonna|imma|we will|we re going to|we ll) (kill|hurt|stab|shoot|punch|smash|destroy|jump|beat up|beat the shit out of) (you|u|ur|your)',
      '(you are|you re|ur|u r) (dead|so dead|going to die|gonna die|gonna get it)', 'watch (your|ur) back', 'i know where (you|u) live', '(you|u) (will|ll) (regret|pay for) (this|it)',
    ],
    examples: { match: ['i will kill you', 'ur dead tomorrow', 'i know where you live'], no: ['this will kill me lol', 'i will beat you at chess'] },
  },
];
