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
    id: 'en.grooming.affection', lang: 'en', category: 'grooming', weight: 0.3, signal: 'relationship',
    patterns: [
      'i (miss|want|need|love|luv) (you|u) (so much|baby|babe|sweetie|sweety|hun|honey|princess|sexy)', '(my|u r my|you are my) (sweetie|sweety|princess|baby girl|angel|sweetheart|beautiful)',
      'i (can t|cant|can not) wait (to|till i) (see|meet|be with|hold|kiss|touch|have) (you|u)', '(make|makes) (you|u) (happy|feel good|feel special)', 'i want to (be with|hold|please|marry) (you|u)',
      '(you|u) (are|r) (the only one|all i think about|so special)', 'thinking (about|of) (you|u) (all day|all the time|every day|last night|alot|a lot)', 'in my arms',
      '(kiss|kissing|hug|hugging) (you|u|ya) (goodnight|good night|all over|so much|so hard|everywhere|tight)', '(give|send) (you|u) a (kiss|hug|big hug|big kiss)',
      'wish (you|u) (were|was) (here|with me|mine|in my bed)', 'tuck (you|u) in', 'put (you|u) (in|to) bed', 'love the way (you|u) (kiss|look|taste|smell|feel|talk)', '(glad|grateful|greatful|happy|lucky) (that |)(i|we) (found|met) (you|u)', 'now that i (found|have) (you|u)',
      '(i ll|i will|i m|i am|been|always) (be |)thinking (about|of) (you|u)', '(what|how) (do |)(you|u) feel (for|4|about) me', 'did (you|u) think (about|of) me', 'kiss on (the|your|ur) (lips|neck)', 'wish i (was|were|could be) (there|with you|with u|next to you|next to u|in bed with)', '(can t|cant|can not) stop thinking about (you|u)', '(i bet|bet) (you|u) (look|have|got) (great|good|hot|sexy|cute|nice|beautiful|amazing)', '(great|nice|sexy|hot|cute|beautiful|soft) (legs|body|butt|ass|lips|boobs|skin|hair) (you|u|)', 'i (think|thought) about (you|u) (all day|all the time|every day|last night)', 'hey (cutie|sexy|beautiful|gorgeous|baby|babe)',
    ],
    examples: { match: ['i miss you baby', 'i cant wait to be with you', 'u r my princess', 'omg i miss you so much baby'], no: ['i miss the bus'] },
  },
  {
    id: 'en.grooming.minor_age', lang: 'en', category: 'grooming', weight: 0.2, signal: 'minor_age',
    patterns: [
      '(i am|i m|she is|she s|he is|he s|you are|you re|u r|ur|u are) (only |just |almost |still |)#minor', '#minor (years old|yrs old|yr old|year old|yo|y o)', '(you are|you re|u r|ur|u are) (so |too |very |really |)(young|little|a kid|a child|underage|a minor)',
      'underage', '(middle|junior high) school', '(6th|7th|8th|9th|sixth|seventh|eighth|ninth|freshman) (grade|grader|year)', '(how|what) (old|grade) (is|are) (your|ur) (sister|friend|friends)',
      '(i am|i m) (too |)old (enough |)(to be |)(your|ur) (dad|father)', 'if (you|u) were older', 'when (you|u) (turn|are) #num',
      '(girls|boys|kids|people) (your|ur) age', 'at (your|ur) age', 'when i was (your|ur) age', '(a |)(girl|boy|kid) (your|ur) age', '(your|ur) age (and|but|is)',
      '(so|too|very|really) young (for me|to)', '(little|young) (girl|girls|lady)',
    ],
    examples: { match: ['you are only 13', '14 years old', 'u r so young', 'most girls your age are boring'], no: ['my car is old', 'at my age i need glasses'] },
  },
  {
    // An adult who knows the chat is a crime: "are you a cop", "i could go to jail", "is this a setup".
    id: 'en.grooming.police_fear', lang: 'en', category: 'grooming', weight: 0.6, signal: 'police_fear',
    patterns: [
      '(are|r) (you|u) (a |an |the |)(cop|cops|police|undercover|fed|feds|sting)', '(you|u) (are|r|re|aren t|arent|are not|re not|r not) (not |)(a |an |the |)(cop|cops|police|undercover|fed|sting)',
      '(not|no) (a |)(cop|cops|police) (right|huh|are you|r u|are u)', '(make sure|prove|how do i know) (you|u) (are|r|re|aren t|arent|are not) (not |)(a |the |)(cop|cops|police|setting me up)',
      '(set|setting|trying to set) me up', '(being|getting) set up', '(you|u) (not|r not|are not|aren t|arent) (r |)(a |)(cop|cops|police)', '(is|this is|it s|its) (this |)a (setup|set up|sting)', 'to catch a predator', 'chris hansen', 'dateline', 'perverted justice',
      '(i|we) (could|would|will|can|might|d|ll) (get|go|end up) (arrested|locked up|busted|to jail|to prison|in jail|in prison)', '(getting|get|be) arrested', 'i (could|would|will|can|might) go to (jail|prison)',
      'i (can t|cant|can not|cannot) legally', '(legally|illegal|against the law) (to |)(touch|date|be with|see|have sex|meet|sleep with)', 'sex offender', 'jail bait', 'jailbait',
    ],
    examples: { match: ['are u a cop?', 'i just want to make sure you are not the police', 'i could get arrested for this', 'i cant legally touch u'], no: ['the police came to school today', 'he got arrested last year', "we will get in trouble if we're late"] },
  },
  {
    id: 'en.grooming.family_check', lang: 'en', category: 'grooming', weight: 0.25, signal: 'family_questions',
    patterns: [
      '(is|are|r|does|did|will|would|when|where|what) (your|ur) (mom|moms|mommy|mum|dad|daddy|mother|father|parents|stepdad|step dad|folks|grandma|brother|sister)', '(your|ur) (mom|mum|dad|parents|mother|father) (is|are|r|was|were|gone|work|works|home|let|lets|know|knows|find|finds|check|checks|said)',
      '(does|do|would|will) (your|ur) (mom|dad|parents|mother|father) (let|care|mind|check|know)',
      'what (would|will|did|does) (your|ur) (mom|mum|dad|parents|mother|father|folks) (say|do|think)', '(if|when) (your|ur) (mom|mum|dad|parents|mother|father) (knew|found out|finds out|saw|sees|catches|caught|walked in|walks in|comes in|came in)',
      '(who|what) else (uses|can use|can see|reads|checks) (your|ur) (computer|phone|laptop|account)', '(is|where is) (your|ur) (computer|laptop|pc|phone) (in (your|ur) room|in the living room|in your bedroom)',
    ],
    examples: { match: ['is ur mom home?', 'does your dad check your phone', 'what would your mom say if she knew', 'who else uses your computer'], no: ['my mom is home', 'what would you say to pizza'] },
  },
  {
    id: 'en.grooming.pet_names', lang: 'en', category: 'grooming', weight: 0.25, signal: 'flattery',
    patterns: [
      'sweetie', 'sweety', 'cutie', 'hun', 'honey', 'babe', 'baby girl', 'princess', 'sexy', 'hottie', 'i miss (you|u|ya)', 'miss (you|u|ya) (so much|already|baby|babe)', '(love|luv) (you|u|ya) (too|baby|babe|sweetie)', 'xoxo', 'hugs and kisses',
      '(hey|hi|hello|night|nite|morning|mornin|ok|okay|yes|yeah|yea|thanks|ty|bye|aww|awww|sorry|mmm|oh|well) (baby|babe|hun|sweetie|sweety|honey|darlin|darling|angel|sweetheart|beautiful|gorgeous|baby doll)',
      'nite nite', 'sweet dreams', 'mwah', 'muah', '(i |)missed (you|u|ya)',
    ],
    examples: { match: ['night sweetie', 'i miss u', 'mornin baby', 'nite nite', 'good night sweetie, sleep well'], no: ['good night', 'the baby is asleep'] },
  },
  {
    id: 'en.grooming.phone_move', lang: 'en', category: 'grooming', weight: 0.35, signal: 'move_private',
    patterns: [
      '(call|text|txt|ring) me', '(can|could|will|should|may) i (call|text) (you|u)', '(i ll|i will|i can|i could|let me) (call|text) (you|u)', '(do|have) (you|u) (got |have |)(a |an |ur own |your own |)(cell|cell phone|phone|mobile)', '(call|text) (you|u) (tonight|tomorrow|later|sometime|after school|when)',
      '(hear|hearing) (your|ur) voice', '(talk|talking) on the phone', '(your|ur) (cell|mobile|phone) number',
    ],
    examples: { match: ['can i call u tonight', 'do u have a cell', 'i want to hear your voice'], no: ['my phone died'] },
  },
  {
    // An adult keeping up with a child's day: school, homework, bedtime, their room.
    id: 'en.grooming.school_life', lang: 'en', category: 'grooming', weight: 0.35, signal: 'school_life',
    patterns: [
      'how (was|is|s) (school|class|ur day at school|your day at school)', '(good|fun|nice|great|bad) day at school', '(at|after|from|before|to|in) school (today|tomorrow|tmrw|2morrow|tmw)',
      'school (tomorrow|tmrw|2morrow|tmw|today|tonight)', 'did (you|u) (go to|have|get out of|skip) school', '(get|got|gets|let|lets) out of school', '(have|got) school (tomorrow|in the morning)',
      '(your|ur) (homework|teacher|teachers|class|classes|school|bus|bedtime|curfew|report card|room|bedroom|school bus|teen years)', '(go|get) to (your|ur) room', 'past (your|ur) bedtime',
      '(you re|your|ur|u r|you are) not (in|at) school', '(dressed|ready) for (bed|school)',
    ],
    examples: { match: ['how was school today?', 'did u finish ur homework', 'have a good day at school tomorrow', 'is it past your bedtime'], no: ['school was cancelled for the storm', 'my homework is done'] },
  },
  {
    id: 'en.grooming.age_gap', lang: 'en', category: 'grooming', weight: 0.5, signal: 'age_gap_ok',
    patterns: [
      'age (is just a|is only a|is a) number', 'age (does not|doesn t|do not|don t) matter', '(does|do|would) (my|our) age (bother|matter|scare) (you|u)',
      '(you|u) (are|seem|act|look) (very |so |really |)mature for (your|ur) age', 'mature for (your|ur) age', '(you|u) (are|r|seem) (very |so |really |)mature', '(mature|older) (girl|than (your|ur) age)', '(i am|i m) (too|much|a lot|way) older than (you|u)',
      '(is|am) (i|that) too old for (you|u)', '(do|would) (you|u) (mind|care) (that|if) (i am|i m) older',
      'older (guy|guys|man|men|boyfriend|bf)', 'someone (your|ur) (own |)age', '(guy|man) in (his|my) (20s|30s|40s|50s|twenties|thirties|forties|fifties)', '(twenty|thirty|forty) something', 'more mature than',
    ],
    examples: { match: ['age is just a number', 'ur very mature for ur age', 'does my age bother you?'], no: ['what is the age limit', 'i am older now'] },
  },
  {
    id: 'en.grooming.age_question', lang: 'en', category: 'grooming', weight: 0.1, signal: 'age_question',
    patterns: [
      'how old (are|r) (you|u|ya)', '(what is|what s|whats) (your|ur) age', 'asl', 'a s l', '(what|which) (grade|year) (are|r) (you|u) in', '(are|r) (you|u) (in|still in) (middle school|high school|junior high|elementary)',
      'when (is|s) (your|ur) (birthday|bday)', '(are|r) (you|u) (over|under) (18|#num)',
    ],
    examples: { match: ['how old r u?', 'asl?', 'what grade are you in', 'hey so how old r u exactly?'], no: ['how old is your dog'] },
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
    id: 'en.grooming.flattery', lang: 'en', category: 'grooming', weight: 0.3, signal: 'flattery',
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
      'who (would|will|is gonna|s gonna|is going to) be (home|there|at your house|at ur house)', '(will|would|is) (anyone|anybody|someone) be (home|there)', '(lock|locks|locked) (the|your|ur) (door|bedroom door)',
      'when (will|would|are|r) (you|u) (be |)(home alone|alone|by yourself)',
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
      'i (pick|picked) (you|u) up', 'come (get|pick up|and get) (you|u)', '(when|once|after|before) i (come get|pick up|get to|meet) (you|u)',
      '(go|come|get|drive|walk) (over |)to (your|ur) (house|place|home|school)', 'spend the night (with me|together|at my)', 'stay the night (with me|at my)',
      '(take|bring) (you|u) (camping|to my place|to my house|home with me|to a hotel|to a motel|to the beach|on a trip|out on a date)', 'worth the drive',
      '(outside|at the door|by the window) (watching|waiting|looking) for me', '(live|lives|am|i m|only) (about |only |like |)#num (minutes|mins|miles) (from|away from) (you|u)', 'how far (are|r|is) (you|u|your house|ur house) from',
      '(room|rooms|motel|hotel) near (you|u|there|your house|ur house)', '(can|could|will|would|wanna|want to) (you|u) (come |)meet me',
    ],
    examples: { match: ['we should meet up', 'i can pick u up after school', 'can you sneak out tonight', 'how do i get to your house', 'i want to take you camping'], no: ['the meeting is at 5', 'pick up the kids', 'i went to my house'] },
  },
  {
    id: 'en.grooming.private_app', lang: 'en', category: 'grooming', weight: 0.25, signal: 'move_private',
    patterns: [
      '(add|message|msg|text|call|find|hit) me (up |)on (snap|snapchat|kik|whatsapp|telegram|skype|insta|instagram|ig|discord|yahoo|msn|aim|line|wechat|signal)',
      '(do|have) (you|u) (got |have |)(a |an |)(snap|snapchat|kik|whatsapp|telegram|skype|insta|instagram|discord|webcam|cam|cell|cell phone)',
      '(what is|what s|whats|give me|send me) (your|ur) (snap|snapchat|kik|whatsapp|telegram|skype|insta|ig|discord)',
      '(lets|let s|we can|we should) (talk|chat|go|continue) (somewhere |)(private|privately|in private|on another app|elsewhere)',
    ],
    examples: { match: ['add me on snap', 'do u have a webcam', 'lets talk somewhere private', 'add me on snap so we can talk more'], no: ['i saw it on instagram'] },
  },
  {
    id: 'en.grooming.relationship', lang: 'en', category: 'grooming', weight: 0.2, signal: 'relationship',
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
      '(we|i) (could|would|will|can) (get|be) in (so much |a lot of |big |)trouble',
      '(tell|say to|told) (your|ur) (mom|mum|mother|dad|father|parents|folks|grandma|aunt) (you|u) (are|re|r|were|will be|ll be|re going|are going|r going) (at|staying|sleeping|going|with)',
      'pretend (to go|you re going|you are going|ur going|u r going) to school', '(skip|ditch|cut) (school|class)',
      '(if|when) (your|ur) (mom|mum|mother|dad|father|parents|folks) (come|comes|came|walk|walks|walked|get|gets) (in|home|back) (just |)(hang up|log off|sign off|close|delete|turn off|switch)',
      '(no one|nobody) (has to|needs to|will ever|will|should) (know|find out)', '(your|ur) (mom|mum|parents|dad) (would|will) (kill|freak|be mad)',
      '(your|ur) (mom|mum|dad|parents|mother|father|folks) (won t|wont|will not|doesn t|does not|dont|don t|never) (find out|know|have to know|need to know|see|check)',
      '(get|getting) (you|u) in trouble', '(flip|freak|kill me|kill you|kill u) if (she|he|they) (knew|found out|saw|finds out)', '(what if|if) (your|ur) (mom|mum|dad|parents) (find|finds|found) out',
      'not safe to (chat|talk)', 'only talk (like that |)(to|with) (you|u)',
    ],
    examples: { match: ["don't tell your mom ok", 'this stays between you and me', 'nobody has to know', 'we could get in a lot of trouble', "tell your mom you're staying at a friend's", 'if your mom comes in just log off'], no: ['tell your mom i said hi', 'i will tell you later', 'skipping breakfast again'] },
  },
];
