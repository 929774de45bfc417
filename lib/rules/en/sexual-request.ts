// English sexual requests to a child: asking for intimate images, undressing on camera,
// sexual talk and questions (Lorenzo-Dus et al.: explicit solicitation occurs throughout a chat).
import type { Rule } from '../types';

const REQUEST = ['send', 'sent', 'show', 'trade', 'swap', 'flash', 'post', 'take', 'let me see', 'can i see', 'want to see', 'wanna see', 'i d like to see', 'got any', 'have any', 'pic of', 'pics of', 'picture of', 'photo of'];
const INTIMATE = [
  'nude', 'nudes', 'nudez', 'noods', 'noodz', 'nudies', 'naked', 'topless', 'bottomless', 'boobs', 'boobies', 'tits', 'titties', 'breasts', 'nipples', 'pussy', 'vagina',
  'dick', 'cock', 'penis', 'butt', 'ass', 'booty', 'panties', 'underwear', 'bra', 'no clothes', 'without clothes', 'nothing on', 'in the shower', 'private parts', 'privates',
];

/** Explicit words: on their own only context (adults swear and flirt), aimed at a child they add up. */
const EXPLICIT = [
  'cum', 'cumming', 'cock', 'dick', 'pussy', 'fuck', 'fucking', 'fucked', 'horny', 'orgasm', 'masturbate', 'masturbating', 'jerk off', 'jack off', 'blowjob', 'blow job', 'handjob',
  'boner', 'hard on', 'erection', 'clit', 'penis', 'vagina', 'condom', 'condoms', 'lube', 'tits', 'titties', 'boobs', 'nipples', 'naked', 'nude', 'nudes', 'sex', 'sexual', 'oral',
  'doggy', 'porn', 'make out', 'making out', 'lick', 'licking', 'suck', 'sucking', 'finger you', 'fingering', 'virgin', 'shave', 'shaved', 'panties', 'bra', 'wet', 'moan', 'spank',
  'orgasm', 'orgasms', 'submissive', 'sexting', 'strip', 'stripping', 'butt', 'ass', 'hickey', 'lingerie', 'underwear', 'in the butt', 'taboo', 'dildo', 'vibrator', 'toy', 'toys', 'aroused',
  'on top', 'inside you', 'in you', 'your body', 'ur body', 'turn you on', 'turns me on', 'turned on', 'feel good', 'pleasure', 'first time', 'lose your virginity', 'ride it', 'kiss you', 'kiss u', 'cuddle',
];

export const rules: Rule[] = [
  {
    // Its own signal, so that explicit words repeated in adult sexting do not count as repeated
    // propositions; aimed at a child (age, parents, secrecy, meeting) they add up with those.
    id: 'en.sexual.explicit', lang: 'en', category: 'sexual_request', weight: 0.3, signal: 'explicit_words',
    patterns: EXPLICIT,
    examples: { match: ['u r so horny', 'did you go nude at all today?'], no: ['i hit my thumb with a hammer'] },
  },
  {
    id: 'en.sexual.camera_undress', lang: 'en', category: 'sexual_request', weight: 0.9, signal: 'camera_undress',
    patterns: [
      '(take|takes|taking|pull|pulls) (off|down) (your|ur|that|the) (shirt|top|clothes|bra|pants|panties|underwear|skirt|shorts|jeans)',
      '(take|get) (it|them|everything|all) off (for me|on cam|on camera)', 'strip (for me|on cam|on camera|naked)',
      '(get|are|r) (you|u) (naked|nude)', 'get naked', '(show|flash) me on (cam|webcam|camera)', '(touch|rub|play with) (yourself|urself) (for me|on cam)',
    ],
    examples: { match: ['take off ur shirt', 'strip for me', 'get naked on cam'], no: ['take off your shoes at the door'] },
  },
  {
    id: 'en.sexual.cam_request', lang: 'en', category: 'sexual_request', weight: 0.35, signal: 'camera_request',
    patterns: [
      '(turn on|get on|go on|put on|open) (your|ur|the|ya) (cam|webcam|camera)', '(can|could|will) (you|u) (cam|get on cam|get on webcam|video chat)', '(cam|cam2cam|c2c) (with me|now|tonight)',
      '(hit|click|press) the (webcam|cam|camera) button', '(too bad|wish) (you|u) (had|have|dont have|don t have|do not have) (a |)(webcam|cam)', '(buy|get) (you|u) a (webcam|cam|camera phone)',
    ],
    examples: { match: ['turn on ur cam', 'can u cam tonight'], no: ['my camera is broken'] },
  },
  {
    id: 'en.sexual.minor', lang: 'en', category: 'sexual_request', weight: 0.2, signal: 'minor_sexual',
    // The other side's childhood, not a bare number: "17 f" introductions between teens on
    // random-chat sites are not an adult sexualising a child.
    near: [
      ['cum', 'cock', 'dick', 'pussy', 'fuck', 'horny', 'orgasm', 'masturbate', 'naked', 'nude', 'nudes', 'sex', 'boobs', 'tits', 'virgin', 'condom', 'condoms', 'lick', 'suck', 'make out', 'panties', 'bra', 'wet', 'hard on', 'boner'],
      [
        '(you are|you re|u r|ur|u are|you|u) (only |just |)#minor', '#minor (years old|yrs old|yr old|year old)', '(your|ur) age', '(so|too|very) young', 'little girl', 'little boy', 'young girl',
        '(your|ur) (mom|mum|mommy|dad|daddy|parents|teacher|school|grade)', 'homework', 'bedtime', 'after school', 'jail', 'cop', 'cops', 'police', 'sneak', 'our secret', 'never tell', 'do not tell',
      ],
    ], window: 30,
    examples: { match: ['do u still have homework? i want to lick you', 'ur only 13 but i want to have sex with u'], no: ['the health class was boring', '17 f here, so horny tonight'] },
  },
  {
    // Sex talk that presumes a child's inexperience: teaching, the first time, "it may hurt".
    id: 'en.sexual.first_time', lang: 'en', category: 'sexual_request', weight: 0.5, signal: 'minor_sexual',
    patterns: [
      '(want|wanna|let|can|could) me (to |)(teach|show) (you|u) (a few things|some things|how it feels|what it feels like|how to kiss|how to make out|how to please|everything)', 'i (can|could|will|ll|d) teach (you|u) (a few things|some things|how|everything)',
      '(your|ur) first time', '(i ll|i will|i would|i d|i can) (be gentle|go slow|take it slow)', 'be gentle (with you|with u|the first time)', '(it|this) (will|might|may|won t|wont|is going to|s gonna|gonna|would) (only |)hurt (you|u|a little|a bit|at first|the first time|at all)',
      'how bad it (will|would|might) hurt', 'lose (your|ur) virginity', 'pop (your|ur) cherry', '(scared|afraid) of (getting|gettin|being) pregnant', '(are|r) (you|u) on the pill',
    ],
    examples: { match: ['want me to teach you a few things?', 'it might hurt a little the first time', 'i will be gentle'], no: ['my first time in paris', 'can you teach me how to code'] },
  },
  {
    id: 'en.sexual.intimate_request', lang: 'en', category: 'sexual_request', weight: 0.9, signal: 'intimate_request',
    near: [REQUEST, INTIMATE], window: 6,
    examples: { match: ['send me nudes', 'show me your boobs', 's3nd n00dz', 'let me see you without clothes'], no: ['the bra was on sale', 'i saw a show about nudist beaches'] },
  },
  {
    id: 'en.sexual.photo_request', lang: 'en', category: 'sexual_request', weight: 0.2, signal: 'photo_request',
    near: [['send', 'sent', 'show', 'trade', 'swap', 'post', 'take', 'have', 'got', 'get', 'see', 'want', 'need', 'took', 'love'], ['pic', 'pics', 'picture', 'pictures', 'photo', 'photos', 'selfie', 'selfies', 'vid', 'video', 'videos'], ['you', 'your', 'yourself', 'me', 'of you']], window: 5,
    unless: ['the link', 'the file', 'attached'],
    examples: { match: ['send me a pic of u', 'do u have any pics of yourself'], no: ['i will send the photos from the trip'] },
  },
  {
    id: 'en.sexual.self_share', lang: 'en', category: 'sexual_request', weight: 0.65, signal: 'self_sharing', direction: 'out',
    near: [['i will send', 'i ll send', 'i can send', 'i am sending', 'i m sending', 'here is', 'here s', 'sent you', 'i sent', 'i will show', 'i ll show'], INTIMATE], window: 6,
    examples: { match: ["i'll send u a nude", 'here is my naked pic'], no: ["i'll send you the homework"] },
  },
  {
    id: 'en.sexual.question', lang: 'en', category: 'sexual_request', weight: 0.3, signal: 'sexual_question',
    patterns: [
      '(are|r) (you|u) (still |)(a |)virgin', 'can i ask (you |u |)(a |)(very |really |)(personal|private|naughty|dirty) (thing|question)', '(how big|what size) (are|r|is) (they|them|it)', '(have|ever) (you|u) (ever |)(had sex|been fucked|masturbated|touched yourself|given head|sucked|jerked off|fingered yourself|done it)',
      'do (you|u) (shave|masturbate|touch yourself|finger yourself|play with yourself|like sex|want sex|watch porn)',
      'what (are|r) (you|u) wearing', '(what|which) (size|color|colour) (is|are) (your|ur) (bra|panties|underwear|boobs)', 'how big (are|r) (your|ur) (boobs|breasts|tits)',
      '(are|r) (you|u) (wet|horny|hard)', '(do|did) (you|u) (ever |)(get|feel) (wet|horny)', 'what (do|would) (you|u) (do|let me do) (to me|in bed)',
      '(what|which) (color|colour|kind|type) (of |)(panties|pantie|bra|underwear|undies|lingerie|thongs)', '(are|r) (you|u) (in|wearing) (your|ur|) (pajamas|pyjamas|pjs|nightie|nightgown|underwear|undies)', '(you|u) (look|looks|would look|d look|gonna look|going to look) (so |really |)(great|good|hot|sexy|cute) in (that|your|ur|a) (skirt|bikini|dress|shorts|swimsuit|bra|underwear|pajamas|leggings)', '(what|how far|how much) (have|did|has) (you|u) (done|gone) (sexually|with a guy|with a boy|with ur|with your|with him)',
      'how far (have |did |has |would |will |)(you|u) (gone|go|went|been) (with|before)', '(scared|afraid|worried) (of|about) (one day |)(getting|gettin) pregnant', '(have|ever) (you|u) (ever |)(done|did) (anything|stuff) (sexual|with a guy|with a boy)',
    ],
    examples: { match: ['are u a virgin', 'what r u wearing', 'do you shave down there', 'bet u would look so cute in a bikini', 'r u in ur pjs already?'], no: ['what are you doing', 'i shave every day', 'you look good in that team photo'] },
  },
  {
    id: 'en.sexual.talk', lang: 'en', category: 'sexual_request', weight: 0.6, signal: 'sexual_talk',
    patterns: [
      '(i want|i wanna|i d like|i would like|i d love|i would love|let me|i m going|i am going|i will|i ll|i could|i would|i d|i can|gonna|want) (to |)(fuck|lick|suck|finger|rub|taste|bang|screw|hump|spank|touch) (you|u|your|ur|ya)',
      '(suck|lick|touch|rub|stroke|ride) my (dick|cock|balls|penis|tits|pussy)', '(have|had|having) sex (with|w) (me|you|u)', 'make love (to|with) (you|u|me)',
      '(makes|make|made|getting|got) me (so |)(hard|horny|wet)', '(my|i m|im|i am) (so |)(hard|horny)', '(blow|hand) job', 'blowjob', 'handjob', 'oral sex',
      '(fuck|lick|eat|finger) (your|ur) (pussy|ass|tits)', '(cum|come) (in|on) (your|ur|you|u)', 'my (dick|cock|penis) (is|in|inside)', '(do|did|would|will) (you|u) (want to|wanna|like to|ever) (fuck|have sex|suck|make out|get naked|play with)',
      '(talk|talking|chat) (about |)(sexual|dirty|naughty|sex)', '(want|wanna) (to |)(have|try) sex', '(enjoy|like|love|want) sex', 'in (your|ur) (room|bed) (naked|with me)', 'sleep (with|w) (me|you|u)',
      '(let me|u let me|you let me|can i|i want to|i wanna|i d|i would|i ll) (take|pull|slide|rip) (your|ur|ya) (panties|pantie|pants|clothes|shirt|top|bra|underwear|shorts) off',
      '(things|what) i (want|wanna|would like|d like|would love) to do (to|with) (you|u)', 'i (caress|rub|lick|kiss|touch|suck|squeeze) (your|ur) (breast|breasts|boobs|nipples|thighs|body|butt|ass)', 'eat (you|u) out',
      '(get|got|slip|slipped|stick|put) (a|my|your|ur) finger (in|inside)', 'finger (in|inside) (yourself|urself)', '(suck|lick|ride) (me|mine|me off)',
      '(saw|see|seen|show you|showed you|touch|feel|felt) my (dick|cock|penis)', '(getting|got|get|makes me|made me) (so |)turned on', '(pull|spread|open) (your|ur) (legs|butt|cheeks|butt cheeks)',
    ],
    examples: { match: ['i wanna lick u', 'suck my dick', 'you make me so horny', 'can i take your bra off', 'so many things i want to do to you'], no: ['i want to kiss my wife goodnight haha', 'that movie sucks', 'take your shoes off'] },
  },
];
