// English bullying and harassment: threats, pushing to self-harm, exclusion, targeted insults.
import type { Rule } from '../types';

const YOU = ['you are', 'you re', 'ur', 'u are', 'ur such', 'you are such', 'such a', 'what a', 'you', 'u', 'you little', 'you fat', 'you stupid', 'you ugly'];

export const rules: Rule[] = [
  {
    id: 'en.bullying.exclusion', lang: 'en', category: 'bullying', weight: 0.6, signal: 'exclusion',
    patterns: ['(nobody|no one|noone) (likes|wants|loves|cares about) (you|u)', '(everyone|everybody) (hates|laughs at) (you|u)', '(you|u) have no friends'],
    examples: { match: ['nobody likes you', 'everyone hates u', 'lol nobody likes you, seriously'], no: ['everyone likes pizza'] },
  },
  {
    id: 'en.bullying.insult', lang: 'en', category: 'bullying', weight: 0.6, signal: 'insult',
    near: [YOU, ['ugly', 'fat', 'stupid', 'retard', 'retarded', 'loser', 'worthless', 'pathetic', 'disgusting', 'bitch', 'slut', 'whore', 'freak', 'fatso', 'pig', 'cow', 'idiot', 'moron', 'dumbass', 'skank', 'trash', 'useless',
      'dumb', 'fatass', 'cunt', 'dickhead', 'bastard', 'weirdo', 'braindead', 'brain dead', 'incel', 'ugly ass', 'joke', 'clown', 'hoe', 'twat', 'prick', 'wanker', 'dork', 'nerd', 'fag', 'faggot', 'tranny', 'spastic', 'spaz', 'lardass']], window: 4,
    unless: ['not', 'never', 'no', 'feel', 'i am', 'i m'],
    examples: { match: ['you are so ugly', 'ur such a loser', 'you fat pig'], no: ['i feel stupid today', 'the movie was stupid', 'you are not a joke to me'] },
  },
  {
    id: 'en.bullying.self_harm', lang: 'en', category: 'bullying', weight: 0.9, signal: 'self_harm_push',
    patterns: ['(go |just |)kill (yourself|urself|your self|ur self)', 'kys', '(you|u) should (just |)(die|kill yourself|disappear)', '(go|just) die', '(the world|everyone) (would be|is) better (off |)without (you|u)', 'no one would (miss|care if) (you|u)'],
    examples: { match: ['go kill yourself', 'kys', 'everyone would be better off without you', 'just go and kill yourself already'], no: ['this heat is killing me'] },
  },
  {
    id: 'en.bullying.threat', lang: 'en', category: 'bullying', weight: 0.8, signal: 'threat',
    patterns: [
      '(i will|i ll|i am going to|i m going to|gonna|imma|we will|we re going to|we ll) (kill|hurt|stab|shoot|punch|smash|destroy|jump|beat up|beat the shit out of) (you|u|ur|your)',
      '(you are|you re|ur|u r) (dead|so dead|going to die|gonna die|gonna get it)', 'watch (your|ur) back', '(i will|i ll|ill|i am going to|i m going to|gonna|imma) (fuck (you|u) up|beat (your|ur) ass|break (your|ur) (face|legs|neck|nose)|smash (your|ur) face|kick (your|ur) ass)', '(meet|see) (me|you|u) (after school|behind the school|outside school) (and|if|loser|bitch|you)', '(you|u) (are|re|r) (gonna|going to) get (it|hurt|beaten)', 'i know where (you|u) live', '(you|u) (will|ll) (regret|pay for) (this|it)',
    ],
    examples: { match: ['i will kill you', 'ur dead tomorrow', 'i know where you live'], no: ['this will kill me lol', 'i will beat you at chess'] },
  },
  {
    id: 'en.bullying.shut_up', lang: 'en', category: 'bullying', weight: 0.65, signal: 'aggression',
    patterns: [
      'stfu', 'gtfo', 'shut (the fuck|tf|ur fucking|your fucking) up', 'shut (your|ur) (mouth|face|trap|fat mouth|ugly mouth)', 'nobody asked (you|u)', 'no one asked (you|u)',
      '(go back|get back) to (your|ur) (country|cave|kitchen)', '(fuck|f) off (loser|bitch|freak|idiot|you)', '(get|go) (out|away) (of|from) (the|our|this) (group|chat|squad) (loser|freak|nobody|bitch|you)',
      '(you|u) (look|looks|smell|smells) like (shit|a pig|trash|garbage|a whale)', '(you|u) disgust me', '(you|u|ur) (are|re|r|) (a |such a |)(waste of space|waste of air|piece of shit)', '(you|u) make me (sick|puke|vomit)',
    ],
    examples: { match: ['stfu loser', 'nobody asked you', 'shut your fat mouth', 'you disgust me', 'u r a waste of space'], no: ['shut the door please', 'nobody asked about the homework'] },
  },
];
