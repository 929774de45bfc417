// English grooming: the five themes of Aitken et al. (2017) and O'Connell (2003) — rapport,
// secrecy, risk assessment ("are you alone?"), exclusivity, arranging to meet — as offenders
// write them in chat (Perverted-Justice style: "r u", "ur", no punctuation).
import type { Rule } from '../types';

export const rules: Rule[] = [
  {
    id: 'en.grooming.age_disclosure', lang: 'en', category: 'grooming', weight: 0.3, signal: 'age_disclosure', direction: 'out',
    patterns: ['(i am|i m) (only |just |)#minor', '(i am|i m) (only |just |)#minor (years old|yrs old|yo|y o)', '(i am|i m) in (#minor|sixth|seventh|eighth|ninth) grade'],
    examples: { match: ['im 13', "I'm only 14 years old"], no: ['i am 25', 'im at home'] },
  },
  {
    id: 'en.grooming.affection', lang: 'en', category: 'grooming', weight: 0.25, signal: 'relationship',
    patterns: [
      'i (miss|want|need|love|luv) (you|u) (so much|baby|babe|sweetie|sweety|hun|honey|princess|sexy)', '(my|u r my|you are my) (sweetie|sweety|princess|baby girl|angel|sweetheart|beautiful)',
      'i (can t|cant|can not) wait (to|till i) (see|meet|be with|hold|kiss|touch|have) (you|u)', '(make|makes) (you|u) (happy|feel good|feel special)', 'i want to (be with|hold|please|marry) (you|u)',
      '(you|u) (are|r) (the only one|all i think about|so special)', '(i bet|bet) (you|u) (look|have|got) (great|good|hot|sexy|cute|nice|beautiful|amazing)', '(great|nice|sexy|hot|cute|beautiful|soft) (legs|body|butt|ass|lips|boobs|skin|hair) (you|u|)', 'i (think|thought) about (you|u) (all day|all the time|every day|last night)', 'hey (cutie|sexy|beautiful|gorgeous|baby|babe)',
    ],
    examples: { match: ['i miss you baby', 'i cant wait to be with you', 'u r my princess'], no: ['i miss the bus'] },
  },
  {
    id: 'en.grooming.minor_age', lang: 'en', category: 'grooming', weight: 0.35, signal: 'minor_age',
    patterns: [
      '(i am|i m|she is|she s|he is|he s|you are|you re|u r|ur|u are) (only |just |almost |still |)#minor', '#minor (years old|yrs old|yr old|year old|yo|y o)', '(you are|you re|u r|ur|u are) (so |too |very |really |)(young|little|a kid|a child|underage|a minor)',
      'jailbait', 'underage', '(middle|junior high) school', '(6th|7th|8th|9th|sixth|seventh|eighth|ninth|freshman) (grade|grader|year)', '(how|what) (old|grade) (is|are) (your|ur) (sister|friend|friends)',
      '(i am|i m) (too |)old (enough |)(to be |)(your|ur) (dad|father)', 'if (you|u) were older', 'when (you|u) (turn|are) #num', '(i|we) (could|would|will) (get|go) (arrested|to jail|to prison|in trouble)', '(are|r) (you|u) a cop',
    ],
    examples: { match: ['you are only 13', '14 years old', 'are you a cop?', 'u r so young'], no: ['my car is old'] },
  },
  {
    id: 'en.grooming.family_check', lang: 'en', category: 'grooming', weight: 0.25, signal: 'family_questions',
    patterns: [
      '(is|are|r|does|did|will|would|when|where|what) (your|ur) (mom|moms|mommy|mum|dad|daddy|mother|father|parents|stepdad|step dad|folks|grandma|brother|sister)', '(your|ur) (mom|mum|dad|parents|mother|father) (is|are|r|was|were|gone|work|works|home|let|lets|know|knows|find|finds|check|checks|said)',
      '(does|do|would|will) (your|ur) (mom|dad|parents|mother|father) (let|care|mind|check|know)',
    ],
    examples: { match: ['is ur mom home?', 'does your dad check your phone'], no: ['my mom is home'] },
  },
  {
    id: 'en.grooming.pet_names', lang: 'en', category: 'grooming', weight: 0.2, signal: 'flattery',
    patterns: ['sweetie', 'sweety', 'cutie', 'hun', 'honey', 'babe', 'baby girl', 'princess', 'sexy', 'hottie', 'i miss (you|u|ya)', 'miss (you|u|ya) (so much|already|baby|babe)', '(love|luv) (you|u|ya) (too|baby|babe|sweetie)', 'xoxo', 'hugs and kisses'],
    examples: { match: ['night sweetie', 'i miss u'], no: ['good night'] },
  },
  {
    id: 'en.grooming.phone_move', lang: 'en', category: 'grooming', weight: 0.3, signal: 'move_private',
    patterns: [
      '(call|text|txt|ring) me', '(can|could|will|should|may) i (call|text) (you|u)', '(i ll|i will|i can|i could|let me) (call|text) (you|u)', '(do|have) (you|u) (got |have |)(a |an |ur own |your own |)(cell|cell phone|phone|mobile)', '(call|text) (you|u) (tonight|tomorrow|later|sometime|after school|when)',
      '(hear|hearing) (your|ur) voice', '(talk|talking) on the phone', '(your|ur) (cell|mobile|phone) number',
    ],
    examples: { match: ['can i call u tonight', 'do u have a cell', 'i want to hear your voice'], no: ['my phone died'] },
  },
  {
    id: 'en.grooming.age_gap', lang: 'en', category: 'grooming', weight: 0.5, signal: 'age_gap_ok',
    patterns: [
      'age (is just a|is only a|is a) number', 'age (does not|doesn t|do not|don t) matter', '(does|do|would) (my|our) age (bother|matter|scare) (you|u)',
      '(you|u) (are|seem|act|look) (very |so |really |)mature for (your|ur) age', 'mature for (your|ur) age', '(you|u) (are|r|seem) (very |so |really |)mature', '(mature|older) (girl|than (your|ur) age)', '(i am|i m) (too|much|a lot|way) older than (you|u)',
      '(is|am) (i|that) too old for (you|u)', '(do|would) (you|u) (mind|care) (that|if) (i am|i m) older',
    ],
    examples: { match: ['age is just a number', 'ur very mature for ur age', 'does my age bother you?'], no: ['what is the age limit', 'i am older now'] },
  },
  {
    id: 'en.grooming.age_question', lang: 'en', category: 'grooming', weight: 0.3, signal: 'age_question',
    patterns: [
      'how old (are|r) (you|u|ya)', '(what is|what s|whats) (your|ur) age', 'asl', 'a s l', '(what|which) (grade|year) (are|r) (you|u) in', '(are|r) (you|u) (in|still in) (middle school|high school|junior high|elementary)',
      'when (is|s) (your|ur) (birthday|bday)', '(are|r) (you|u) (over|under) (18|#num)',
    ],
    examples: { match: ['how old r u?', 'asl?', 'what grade are you in'], no: ['how old is your dog'] },
  },
  {
    id: 'en.grooming.delete_chat', lang: 'en', category: 'grooming', weight: 0.55, signal: 'delete_chat',
    patterns: [
      '(delete|erase|clear) (this|these|the|our|all|all the|your|ur|all our) (chat|chats|messages|msgs|texts|convo|conversation|conversations|history|logs|pics|pictures)',
      '(delete|erase|clear) (it|them) (after|when|before) (you|u) (read|see)',
    ],
    examples: { match: ['delete our chat after ok', 'make sure u clear ur history'], no: ['i deleted the app', 'clear the table please'] },
  },
  {
    id: 'en.grooming.flattery', lang: 'en', category: 'grooming', weight: 0.25, signal: 'flattery',
    patterns: [
      '(you are|you re|ur|u are|you look|u look|you seem) (so |really |very |such a |)(beautiful|pretty|gorgeous|cute|sexy|hot|mature|special)',
      '(such|so) (a |)(pretty|beautiful|cute|sexy|hot) (girl|boy|lady|thing)', '(i|i really) (like|love) (your|ur) (body|legs|lips|eyes|smile|pics)',
    ],
    examples: { match: ['u r so sexy', 'you are really mature'], no: ['this song is so beautiful'] },
  },
  {
    id: 'en.grooming.gifts', lang: 'en', category: 'grooming', weight: 0.35, signal: 'gifts',
    patterns: [
      '(i will|i ll|i can|i could|i would|i d|let me) (buy|get|send|give) (you|u) (anything you want|whatever you want|a new phone|new clothes|money|robux|vbucks|v bucks|gift cards|a gift card|a gift|presents|clothes|a phone|an iphone|jewelry|lingerie)',
      'free (robux|vbucks|v bucks|skins|diamonds|gems)', '(i will|i ll|i can) (pay|give) (you|u) (#money|money|cash)',
    ],
    examples: { match: ["i'll buy you a new phone", 'free robux if you add me'], no: ['can you buy me a coffee'] },
  },
  {
    id: 'en.grooming.home_alone', lang: 'en', category: 'grooming', weight: 0.45, signal: 'home_alone',
    patterns: [
      '(are|r) (you|u) (home |at home |)(alone|by yourself|by urself)', '(is|are) (anyone|anybody|someone) (else |)(home|there|around) (with you|with u)',
      '(is|are|r) (your|ur) (mom|mum|mother|dad|father|parents|folks|family|sister|brother) (home|there|around|at home|gone|asleep|sleeping|at work|working|out)',
      'when (do|does|will) (your|ur) (mom|mum|mother|dad|father|parents|folks) (get home|come home|come back|leave|go to work|go to bed|go to sleep)',
      '(who|anyone|anybody) (else |)(is |)(home|at home) with (you|u)', '(home|house) (to yourself|to urself|all to yourself)', 'where (is|are) (your|ur) (mom|mum|dad|parents)',
    ],
    examples: { match: ['r u home alone?', 'is ur mom home', 'when does your mom get home', 'you have the house to yourself?'], no: ['i am home now', 'my mom is home'] },
  },
  {
    id: 'en.grooming.isolation', lang: 'en', category: 'grooming', weight: 0.35, signal: 'isolation',
    patterns: [
      '(your|ur) (parents|mom|mum|dad|friends) (do not|don t|never|wouldn t|would not) (understand|get|care about) (you|u)', '(you|u) can tell me anything',
      '(i am|i m) the only one (who|that) (understands|gets|cares about) (you|u)', 'no one (understands|gets) (you|u) like (i do|me)', '(you|u) can trust me',
    ],
    examples: { match: ['ur parents dont understand u', 'you can tell me anything'], no: ['i understand you'] },
  },
  {
    id: 'en.grooming.meet', lang: 'en', category: 'grooming', weight: 0.45, signal: 'meet_request',
    patterns: [
      '(want to|would you like to|do you want to|wana|can we|could we|we should|when can we|lets|let s) (meet|hook up|hookup) (up |)',
      '(i will|i ll|i can|i could|can i|let me) (come|pick) (you|u) up', '(i will|i ll|i can|i could|can i) come (over|to your house|to ur house|see you|see u|get you)',
      '(meet|see) (you|u|me) (in person|irl|for real|after school|tonight|tomorrow|this weekend|at the mall|at the park)', '(want|wanna) (to |)(see|meet|hang out with) (you|u) (for real|in person|sometime|soon)',
      '(i ll|i will|i can|i could) (drive|come|be) (there|up|down|over) (to see|to get|and see|for)', '(where|when) (would|should|can|could) (we|you|u) (meet|met|hang out)', '(take|drive) (you|u) (somewhere|to my|home|for a ride)', 'come (see|get|meet|visit) (you|u)', '(wanna|want to) hang out', '(if|when|once) (we|i) (meet|see each other|finally meet)', '(let|allow) me (come|visit|see you)',
      '(can|could) (you|u) (sneak|slip) out', 'sneak out', '(get|rent) a (hotel|motel) (room|)', 'where (can|could|should) (we|i) meet',
      '(come|drive) (over |down |up |)to (see|meet) (you|u|me)',
    ],
    examples: { match: ['we should meet up', 'i can pick u up after school', 'can you sneak out tonight'], no: ['the meeting is at 5', 'pick up the kids'] },
  },
  {
    id: 'en.grooming.private_app', lang: 'en', category: 'grooming', weight: 0.4, signal: 'move_private',
    patterns: [
      '(add|message|msg|text|call|find|hit) me (up |)on (snap|snapchat|kik|whatsapp|telegram|skype|insta|instagram|ig|discord|yahoo|msn|aim|line|wechat|signal)',
      '(do|have) (you|u) (got |have |)(a |an |)(snap|snapchat|kik|whatsapp|telegram|skype|insta|instagram|discord|webcam|cam|cell|cell phone)',
      '(what is|what s|whats|give me|send me) (your|ur) (snap|snapchat|kik|whatsapp|telegram|skype|insta|ig|discord)',
      '(lets|let s|we can|we should) (talk|chat|go|continue) (somewhere |)(private|privately|in private|on another app|elsewhere)',
    ],
    examples: { match: ['add me on snap', 'do u have a webcam', 'lets talk somewhere private'], no: ['i saw it on instagram'] },
  },
  {
    id: 'en.grooming.relationship', lang: 'en', category: 'grooming', weight: 0.3, signal: 'relationship',
    patterns: [
      '(be|become) my (girlfriend|girl|boyfriend|lover|baby|gf|bf)', '(have|got|ever had) (you|u) (a|ever had a) (boyfriend|bf|girlfriend|gf)',
      '(do|have) (you|u) (have|got) a (boyfriend|bf|girlfriend|gf)', '(i am|i m) (falling|fallin) (in love|for you|for u)', 'i (love|luv) (you|u) (so much|baby|babe|sweetie)',
      '(have|ever) (you|u) (ever |)(kissed|been kissed|made out)',
    ],
    examples: { match: ['will you be my girlfriend', 'do u have a bf', 'have you ever kissed anyone'], no: ['my girlfriend is here'] },
  },
  {
    id: 'en.grooming.secrecy', lang: 'en', category: 'grooming', weight: 0.55, signal: 'secrecy',
    patterns: [
      '(do not|never|better not|dont ever|you can not|you cant|u cant) tell (anyone|anybody|no one|nobody|your mom|ur mom|your mum|your mother|your dad|ur dad|your parents|ur parents|your friends|ur friends|your family|them)',
      '(do not|never) (let|make) (your|ur) (mom|mum|mother|dad|father|parents|family) (know|see|find out)',
      '(keep|keeping) (it|this|this chat|us|our chat|our talks|everything) (a |our |)(secret|between us|to yourself|to urself)', '(our|a) (little |)secret',
      '(this|it) (stays|is|will be) (just |only |)between (you and me|u and me|you and i|us)', '(just |only |)between (you and me|u and me|you and i)',
      '(we|i) (could|would|will|can) (get|be) in (so much |a lot of |big |)trouble', 'i (could|would|will|can) go to (jail|prison)',
      '(no one|nobody) (has to|needs to|will ever|will|should) (know|find out)', '(your|ur) (mom|mum|parents|dad) (would|will) (kill|freak|be mad)',
    ],
    examples: { match: ["don't tell your mom ok", 'this stays between you and me', 'nobody has to know', 'we could get in a lot of trouble'], no: ['tell your mom i said hi', 'i will tell you later'] },
  },
];
