// English scams and smishing: one-time codes and passwords, prizes, blocked accounts and KYC,
// fake delivery/tax/police, advance fees (FBI Memphis, C06 advice; Mendeley smishing patterns).
import type { Rule } from '../types';

const NEVER = ['never', 'do not share', 'don t share', 'dont share', 'not share', 'do not disclose', 'do not give', 'never share', 'not to share', 'will never ask', 'never ask', 'not ask'];
const LINK = ['#url', '#shorturl', '#badurl', 'link', 'the link', 'click here', 'below link'];

export const rules: Rule[] = [
  {
    id: 'en.scam.account_blocked', lang: 'en', category: 'scam', weight: 0.5, signal: 'account_locked',
    near: [['account', 'acct', 'card', 'atm card', 'debit card', 'kyc', 'paytm', 'wallet', 'sim', 'bank', 'netflix', 'apple id', 'paypal', 'number'], ['blocked', 'bl0cked', 'suspended', 'locked', 'deactivated', 'de activated', 'frozen', 'disabled', 'on hold', 'will be closed', 'restricted', 'unusual activity', 'suspicious activity', 'terminated', 'hold your']], window: 8,
    examples: { match: ['your ATM card has been BLOCKED', 'Your account is suspended due to unusual activity'], no: ['the road was blocked by snow'] },
  },
  {
    id: 'en.scam.advance_fee', lang: 'en', category: 'scam', weight: 0.45, signal: 'advance_fee',
    patterns: ['(processing|registration|release|delivery|customs|clearance|activation|shipping) (fee|fees|charge|charges)', '(pay|send) (a |the |)(small |)(fee|deposit) (to|for|first)', 'to (receive|release|claim) (your|ur|the) (funds|money|prize|parcel|package|reward)'],
    examples: { match: ['pay a small fee to release your parcel', 'customs fee required'], no: ['the fee is included'] },
  },
  {
    id: 'en.scam.account_alert', lang: 'en', category: 'scam', weight: 0.45, signal: 'account_alert',
    patterns: ['if (this was |it was |)(not you|unauthorised|unauthorized|you did not|you didn t) (please |kindly |)(call|click|follow|visit|tap|reply|contact|verify|log in|login|sign in|check)', '(unusual|suspicious|unauthorised|unauthorized) (activity|transaction|login|sign in|payment)', '(transaction|payment|purchase) of (#money|#num) (was |has been |)(made|attempted)', 'your (debit |credit |)card (was|has been) (recently |)used', '(not done|not made|not authorised|not authorized) by you', 'if you (did not|didn t|didnt|do not|don t) (make|made|purchase|purchased|authorise|authorize|request|recognise|recognize) (this|it|anything|the)', '(unauthorised|unauthorized) (person|access|user)'],
    examples: { match: ['if unauthorised follow this link', 'your debit card was recently used at APPLE'], no: ['was it you who called'] },
  },
  {
    id: 'en.scam.call_premium', lang: 'en', category: 'scam', weight: 0.35, signal: 'call_premium',
    patterns: ['(call|dial|ring|phone|txt|text) (#phone|#num) (now|from land line|from landline|from a landline|before|b4|today|asap|immediately)', '(just |please |)(call|dial|ring) (now |free |freephone |freefone |on |us on |)#phone', '(call|dial) (free|freephone|freefone|now) (#phone|#num|on)', '(await|awaits|awaiting) (your |)collection', '(cost|costs) (#money|#num)(p|ppm|p min| per min)'],
    examples: { match: ['Call 09061701461 now', 'Your holiday awaits collection'], no: ['call me now'] },
  },
  {
    id: 'en.scam.call_to_claim', lang: 'en', category: 'scam', weight: 0.4, signal: 'call_premium',
    patterns: ['(call|txt|text|reply|dial|ring) (#num|#phone|now|us|this number|our) (now |)(to |and )(claim|collect|redeem|get|receive)', '(claim|collect|redeem) (code|number|your prize|your reward|your award|now|it now|today)', 'claim (is easy|now)'],
    examples: { match: ['call 09061701461 to claim', 'quote claim code 1131'], no: ['call me when you get home'] },
  },
  {
    id: 'en.scam.fake_authority', lang: 'en', category: 'scam', weight: 0.55, signal: 'fake_authority',
    patterns: [
      '(warrant|lawsuit|legal action|arrest|case) (has been |)(issued |filed |)(against|for) (you|your|ur)', '(you|u) (will|are going to|could) be (arrested|prosecuted|jailed)',
      '(cooperate|co operate|assist) (with |)(the |an |our |this |)(investigation|police|fbi)', '(money laundering|drug trafficking) (case|investigation)',
      '(this is|we are|i am|i m) (calling |writing |)(from |)(the |)(police|fbi|irs|tax office|customs|court|immigration)',
    ],
    examples: { match: ['an arrest warrant has been issued against you', 'you must cooperate with the investigation'], no: ['the police came to school today'] },
  },
  {
    id: 'en.scam.kyc', lang: 'en', category: 'scam', weight: 0.6, signal: 'account_locked',
    patterns: ['(update|complete|verify|renew) (your|ur) (kyc|pan|aadhaar|aadhar|pan card|account details|bank details|billing information|payment details|account information)'],
    near: [['update', 'updated', 'complete', 'verify', 'renew', 'pending', 'expire', 'expired', 'blocked', 'suspended', 'hold'], ['kyc', 'k y c', 'aadhaar', 'aadhar', 'pan card']], window: 5,
    examples: { match: ['Update your KYC immediately', 'your KYC has expired'], no: ['update your browser'] },
  },
  {
    id: 'en.scam.link_action', lang: 'en', category: 'scam', weight: 0.28, signal: 'suspicious_link',
    near: [['click', 'tap', 'visit', 'log in', 'login', 'sign in', 'verify', 'update', 'confirm', 'go to', 'open', 'follow', 'access', 'check'], LINK], window: 6,
    examples: { match: ['click here http://bit.ly/x to verify'], no: ['click the button'] },
  },
  {
    id: 'en.scam.bad_link', lang: 'en', category: 'scam', weight: 0.35, signal: 'suspicious_link',
    patterns: ['#badurl'],
    examples: { match: ['see vietcombank.vn-gss.club', 'login at paypal-secure.xyz'], no: ['see www.bbc.co.uk', 'xem tại viettel.vn'] },
  },
  {
    id: 'en.scam.short_link', lang: 'en', category: 'scam', weight: 0.25, signal: 'suspicious_link',
    patterns: ['#shorturl'],
    examples: { match: ['see bit.ly/3xYz'], no: ['see www.bbc.co.uk', 'vào vietcombank.vn-gss.club ngay'] },
  },
  {
    id: 'en.scam.otp', lang: 'en', category: 'scam', weight: 0.85, signal: 'otp_request',
    near: [['send', 'give', 'share', 'tell', 'provide', 'read', 'forward', 'text', 'reply with', 'confirm', 'what is', 'whats', 'what s', 'need', 'i need'], ['otp', 'one time password', 'one time code', 'verification code', 'security code', 'confirmation code', 'the code', '6 digit code', 'six digit code', 'login code', 'sms code', 'pin', 'pin code', 'code you received', 'code i sent']], window: 6,
    unless: NEVER, unlessWindow: 30,
    examples: { match: ['pls send me the code you received', 'tell me the OTP', 'what is the 6 digit code'], no: ['Your OTP is 123456. Never share it with anyone.', 'the code is on github'] },
  },
  {
    id: 'en.scam.password', lang: 'en', category: 'scam', weight: 0.85, signal: 'password_request',
    near: [['send', 'give', 'tell', 'share', 'what is', 'what s', 'whats', 'confirm', 'enter', 'verify', 'need', 'type'], ['your password', 'ur password', 'your pass', 'your login', 'login details', 'bank details', 'your card number', 'ur card number', 'cvv', 'card details', 'your account number', 'ur account number', 'pin number', 'your pin', 'security questions']], window: 5,
    unless: NEVER,
    examples: { match: ['send me your password so i can get you free robux', 'confirm your card number and cvv'], no: ['never share your password'] },
  },
  {
    id: 'en.scam.prize', lang: 'en', category: 'scam', weight: 0.5, signal: 'prize',
    near: [['won', 'win', 'winner', 'awarded', 'selected', 'chosen', 'guaranteed', 'claim', 'collect', 'redeem', 'entitled'], ['prize', 'cash prize', 'award', 'reward', 'bonus', '#money', 'holiday', 'voucher', 'vouchers', 'gift card', 'iphone', 'pounds', 'cash']], window: 6,
    patterns: [
      '(you have|you ve|u have|you are|u are|you re|your number|your mobile|you have been) (won|been selected|been chosen|selected|chosen|awarded|a winner|the winner|guaranteed)',
      '(claim|collect) (your|ur) (prize|reward|award|gift|cash|bonus|refund|voucher)', '(congratulations|congratulation|congrats) (you|u|your|ur)', '(is|are|r) (now |)(yours|urs) (call|txt|text|just|to claim)', '(randomly|specially) (selected|chosen|picked)', '(selected|chosen|picked) (as a|as the|for a) (winner|prize|gift|reward)', '(lucky|prize) (draw|winner)', '(you|u) (won|win) (a|an|the|#money)',
      '(selected|chosen) to (receive|get|win)', '(free|complimentary) (gift|iphone|trip|holiday|voucher|gift card)', '(bonus|cash) prize', 'guaranteed (prize|cash|reward)',
    ],
    examples: { match: ['Congratulations! You have won a £1000 prize', 'you are selected to receive a free gift'], no: ['we won the match'] },
  },
  {
    id: 'en.scam.details_request', lang: 'en', category: 'scam', weight: 0.45, signal: 'details_request',
    near: [['send', 'provide', 'confirm', 'reply with', 'update', 'verify', 'submit', 'enter'], ['your name', 'your full name', 'your address', 'your details', 'personal details', 'your date of birth', 'your bank details', 'account details', 'your mobile & personal details', 'personal information']], window: 6,
    examples: { match: ['for detail send your name, address and number'], no: ['send me your address for the party invite'.replace('your address', 'the address')] },
  },
  {
    id: 'en.scam.gov_payment', lang: 'en', category: 'scam', weight: 0.45, signal: 'refund_offer',
    near: [['covid', 'covid 19', 'government', 'gov', 'ukgov', 'irs', 'hmrc', 'stimulus'], ['payment', 'grant', 'refund', 'relief', 'rebate', 'compensation', 'entitled']], window: 8,
    examples: { match: ['UKGOV has issued a payment of 458 GBP'], no: ['the government meeting was long'] },
  },
  {
    id: 'en.scam.urgency', lang: 'en', category: 'scam', weight: 0.3, signal: 'urgency',
    patterns: ['(final|last|2nd|second|3rd) (attempt|notice|reminder|warning|chance) (to contact|before|for)', '(final|last) (attempt|notice|warning)', 'valid (for |)(#num|#minor) ?(hrs|hours|hr)', '(act|respond|reply|call) (now|immediately|urgently|today) (or|before|to avoid)', '(within|in) (#num|#minor) (hours|hrs|minutes|mins) (or|otherwise)', 'urgent'],
    examples: { match: ['This is our final attempt to contact you', 'URGENT! call now'], no: ['we tried to call you earlier'] },
  },
  {
    id: 'en.scam.refund', lang: 'en', category: 'scam', weight: 0.5, signal: 'refund_offer',
    patterns: ['(entitled|eligible) (to|for) (a |an |)(tax |)(refund|rebate|compensation|grant|payment|cashback)', '(tax|covid|stimulus|emergency) (refund|rebate|payment|relief|grant)', 'you (will |)(get|receive) (a |)(#money |)(cashback|refund) in your (wallet|account)'],
    examples: { match: ['you are entitled to a tax refund'], no: ['i got a refund from the shop'] },
  },
  {
    id: 'en.scam.premium_small_print', lang: 'en', category: 'scam', weight: 0.4, signal: 'premium_rate',
    patterns: [
      'ppm', '(#num|#money|) (p|pence|p min|p per min|p msg|p txt) (min|per min|a min|per minute|msg|per msg|per txt|msgrcvd|rcvd)', '(cost|costs|calls cost|charged) (#money|#num) (per|a|p) (min|minute|msg|text|txt|week)',
      '(po|p o) box', 'pobox', '(t cs|tncs|t c s|ts cs|t&c s|t c) (apply|www|#url)', 'sae', 'live operator',
      '(call|calling|ring) (#phone |#num |)from (a |your |ur |)(land line|landline|fixed line|bt landline)', '(txt|text|send|reply) stop', '(stop|optout|opt out) (txt|text|send|reply|to) (#num|stop|out)', 'msg rcvd', 'msgrcvd', 'std txt rate', '(nat|national) rate',
    ],
    examples: { match: ['Calls cost £1.50 per min, PO Box 123', 'call from a landline, T&Cs apply', 'to opt out txt STOP to 87239'], no: ['i ll call you from the landline at grandma s', 'box of chocolates'] },
  },
  {
    id: 'en.scam.prize_claim', lang: 'en', category: 'scam', weight: 0.5, signal: 'prize_claim',
    near: [
      ['won', 'winner', 'awarded', 'prize', 'selected', 'congrats', 'congratulations', 'congratulation', 'guaranteed', 'unclaimed', 'unredeemed', 'bonus', 'reward', 'cash', 'voucher', 'vouchers', 'holiday', 'gift', 'points', 'compensation', 'refund', 'refunded', 'entitled'],
      ['call', 'calls', 'txt', 'text', 'reply', 'ring', 'dial', 'claim', 'claims', 'collect', 'send', 'email', 'contact', 'log onto', 'visit', 'go to'],
      ['#phone', '#email', '#url', '#shorturl', '#badurl', 'claim', 'claim code', 'to claim'],
    ], window: 16,
    examples: { match: ['You have won £1000 cash! To claim call 09050000327', 'Your number was awarded a bonus prize, email claims@win.example.com', 'your free holiday is unclaimed, call 08712345678'], no: ['i won the race, call me later', 'free pizza at the party tonight, text me'] },
  },
  {
    id: 'en.scam.prize_contact', lang: 'en', category: 'scam', weight: 0.5, signal: 'prize_claim',
    near: [['won', 'winner', 'awarded', 'prize', 'randomly selected', 'lucky draw', 'promo', 'lottery', 'jackpot', 'unclaimed'], ['#phone', '#email', '#shorturl', '#badurl']], window: 18,
    examples: { match: ['Your number has won 500,000 pounds in our UK promo. Contact claims@lotto-office.example.com'], no: ['we won the football match!'] },
  },
  {
    id: 'en.scam.free_phone_offer', lang: 'en', category: 'scam', weight: 0.4, signal: 'prize',
    patterns: ['(free|new|latest) (video|camera|colour|color|3g) (phone|phones|mobile|mobiles|handset|handsets)', '(free|free of charge) (camcorder|upgrade|handset|nokia|mobile)', 'line rental', 'anytime any (network|networks)', 'any network mins', 'camcorder', '(#num |)(free|bonus) (text|texts|txt|txts|sms|minutes|mins|text messages|ringtone|ringtones|tones) (messages |)(to activate|activate|credited|when|if|for)', '(activate|claim) (your |ur |)(#num |)(free|bonus) (text|texts|txt|sms|minutes|mins|text messages)'],
    examples: { match: ['claim your FREE camera phone upgrade', '750 anytime any network mins and half price line rental'], no: ['my new phone has a nice camera'] },
  },
  {
    id: 'en.scam.waiting_message', lang: 'en', category: 'scam', weight: 0.4, signal: 'waiting_message',
    patterns: ['(you have|u have|there is) (#num|a|an|one) (new |urgent |important |)(voicemail|voice mail|message|msg|customer service announcement|delivery)', '(urgent|important) message waiting', '(someone|somebody) (you know|u know) (has |)(asked|contacted|secretly|fancies|likes|wants)', 'dating service', '(fancies|fancy) (you|u)'],
    examples: { match: ['You have 1 new voicemail. Please call 08719181503', 'Someone you know secretly fancies you! Call now'], no: ['i sent you a message on whatsapp', 'you know someone who likes football?'] },
  },
  {
    id: 'en.scam.call_support', lang: 'en', category: 'scam', weight: 0.3, signal: 'fake_support',
    patterns: ['(call|contact|ring|phone|reach) (our |the |)(customer care|customer service|customer services|customer support|helpline|help line|fraud prevention|fraud department|fraud team|security team|support team|care team)', '(customer care|fraud prevention|support team) (on|at|number|no) #phone'],
    examples: { match: ['To re-activate call customer care 08167340838', 'please urgently call fraud prevention on 03303800233'], no: ['mum called the shop about her order'] },
  },
  {
    id: 'en.scam.game_currency', lang: 'en', category: 'scam', weight: 0.5, signal: 'prize',
    patterns: ['(free|unlimited|generate|generator|get) (robux|vbucks|v bucks|nitro|discord nitro|gems|diamonds|skins|coins|minecoins|primogems)', '(robux|vbucks|v bucks|nitro|skins) (generator|for free|giveaway|hack)', '(steam|discord|roblox|fortnite|epic) (gift|giveaway) (for you|for free|claim)'],
    examples: { match: ['get FREE robux here, just log in with your account', 'Discord Nitro giveaway for you: claim it'], no: ['i bought robux with my pocket money'] },
  },
  {
    id: 'en.scam.accidental_report', lang: 'en', category: 'scam', weight: 0.6, signal: 'fake_support',
    patterns: ['(accidentally|accidently|mistakenly|by mistake) (reported|report|banned|flagged) (you|u|your|ur)', 'reported (your|ur) (account|acc) (by mistake|by accident|accidentally)', '(your|ur) (account|acc) (will|is going to|gonna) (be |get )(banned|deleted|terminated) (unless|if you don t|if u dont|if you dont)', '(contact|message|dm|add) (this|the) (admin|staff|moderator|mod|support) (to|so|and)'],
    examples: { match: ['sorry i accidentally reported your account, pls message this admin to fix it', 'your account will be banned unless you verify now'], no: ['i reported the spam bot to the mods'] },
  },
  {
    id: 'en.scam.gift_cards', lang: 'en', category: 'scam', weight: 0.6, signal: 'money_request',
    near: [['buy', 'get', 'purchase', 'pick up', 'send', 'scratch'], ['gift card', 'gift cards', 'itunes card', 'itunes cards', 'google play card', 'google play cards', 'steam card', 'steam cards', 'amazon card', 'apple card', 'prepaid card', 'vouchers'], ['code', 'codes', 'picture', 'photo', 'pic', 'numbers', 'back of the card', 'for me', 'urgent', 'asap']], window: 12,
    examples: { match: ['can you buy 3 Google Play gift cards and send me the codes', 'pick up some steam cards for me, send a pic of the back'], no: ['i got a gift card for my birthday'] },
  },
  {
    id: 'en.scam.new_number', lang: 'en', category: 'scam', weight: 0.45, signal: 'family_emergency',
    near: [['mum', 'mom', 'mummy', 'mommy', 'dad', 'daddy', 'mother', 'father', 'grandma', 'nan'], ['new number', 'new phone', 'broke my phone', 'broken my phone', 'lost my phone', 'phone broke', 'phone is broken', 'dropped my phone', 'temporary number']], window: 12,
    examples: { match: ['Hi mum, this is my new number, my phone broke', 'hey dad i lost my phone, save this number'], no: ['mum got a tablet for christmas'] },
  },
  {
    id: 'en.scam.money_request', lang: 'en', category: 'scam', weight: 0.4, signal: 'money_request',
    patterns: ['(can|could) (you|u) (send|transfer|lend|wire|pay) (me |)(#money|some money|money|the money|a bill|this bill|my bill)', '(pay|settle) (a|this|my) (bill|invoice) (for me|today|urgently)', '(send|transfer|wire) (it |the money |)(to|into) (this|my new|a new|another) (account|bank account)', '(sent|transferred|paid) (you |)(money|#money) by (mistake|accident)'],
    examples: { match: ['can you send me £300, i will pay you back tomorrow', 'i sent you money by mistake, please send it back'], no: ['i sent you the photos'] },
  },
  {
    id: 'en.scam.task_job', lang: 'en', category: 'scam', weight: 0.45, signal: 'task_scam',
    patterns: ['(work|working|job|jobs) from home (earn|and earn|paid|making|for #money)', '(earn|make) (up to |)(#money|#num dollars|#num usd) (a|per|each|every) (day|hour|task|order)', '(like|rate|review|watch) (videos|posts|products|apps) (and|to) (earn|get paid|make money)', '(simple|easy) (online |)(tasks|task|job) (earn|and earn|paid|pays)', '(boost|increase) (merchant|product|store|app) (ratings|sales|orders)'],
    examples: { match: ['Work from home and earn $300 a day, only 30 minutes', 'like videos and earn money on your phone'], no: ['i have to work from home today'] },
  },
  {
    id: 'en.scam.investment', lang: 'en', category: 'scam', weight: 0.45, signal: 'investment_lure',
    near: [['bitcoin', 'btc', 'usdt', 'crypto', 'cryptocurrency', 'forex', 'trading', 'investment', 'invest', 'mining'], ['guaranteed', 'profit', 'profits', 'returns', 'double your', 'daily', 'withdraw', 'no risk', 'risk free', 'per day', 'per week']], window: 10,
    examples: { match: ['invest $100 in bitcoin and get guaranteed profit daily', 'crypto trading, double your money in a week'], no: ['we learnt about investment banks at school'] },
  },
  {
    id: 'en.scam.fake_app', lang: 'en', category: 'scam', weight: 0.45, signal: 'fake_app',
    near: [['download', 'install', 'apk', 'the app', 'this app', 'our app'], ['#shorturl', '#badurl']], window: 8,
    patterns: ['(download|install|open) (this |the |our |that |)(apk|apk file)'],
    examples: { match: ['install the support app from bit.ly/abc to verify', 'download this apk to get your refund'], no: ['download the app from the App Store'] },
  },
  {
    id: 'en.scam.kidnap_script', lang: 'en', category: 'scam', weight: 0.8, signal: 'online_kidnapping',
    patterns: [
      '(safe|secure|safety|holding|government) account (to|for) (verify|check|protect|hold|keep)', '(transfer|move|send) (all |)(your |the |)(money|savings|funds) (to|into) (a |the |our |)(safe|secure|holding|government) account',
      '(confidential|secret) (investigation|case|operation)', '(do not|don t|dont|never) (tell|contact|call|talk to) (your |)(parents|family|anyone|mum|dad|friends) (about|during|until) (this |the |)(investigation|case|call)',
      '(stay|keep|remain) on (the |this |)(video call|video|zoom|camera|cam|call) (all night|at all times|until|24 7|the whole time|and do not)', '(we have|we ve got|we got) (your|ur) (son|daughter|child|kid|brother|sister)', '(pay|send) (the |a |)ransom',
    ],
    near: [['rent', 'book', 'go to', 'check into', 'stay in'], ['hotel room', 'hotel', 'motel', 'room alone', 'airbnb'], ['alone', 'investigation', 'police', 'officer', 'video call', 'zoom', 'do not tell', 'don t tell', 'dont tell', 'turn off your phone', 'no one', 'nobody']], window: 14,
    examples: { match: ['rent a hotel room alone and stay on the video call with the officer', 'this is a confidential investigation, do not tell your parents about this call', 'we have your daughter, pay the ransom'], no: ['we booked a hotel for the holiday with the whole family'] },
  },
  {
    id: 'en.scam.adult_chat_line', lang: 'en', category: 'scam', weight: 0.6, signal: 'adult_chat_line',
    near: [['sexy', 'saucy', 'horny', 'housewives', 'fantasies', 'flirt', 'naughty', 'busty', 'babes', 'lonely', 'singles', 'dating', 'date', 'adult chat', 'live chat', 'hot girls'], ['call', 'calls', 'text', 'txt', 'ring', 'reply', 'join', 'chat', 'chat now', 'dial'], ['#phone', 'ppm', 'p min', 'per min', 'per minute', 'landline', 'landlines', 'msg', 'txt stop']], window: 14,
    examples: { match: ['Lonely housewives want to chat! Call 09099726429 now, £1 per min', 'naughty singles near you, text DATE to 69866, 150p per msg'], no: ['are we still on for our date? call me'] },
  },
  {
    id: 'en.scam.delivery', lang: 'en', category: 'scam', weight: 0.5, signal: 'fake_delivery',
    near: [['package', 'parcel', 'delivery', 'shipment', 'usps', 'dhl', 'fedex', 'ups', 'royal mail', 'courier'], ['failed', 'held', 'on hold', 'pending', 'unable', 'missed', 'reschedule', 'could not be delivered', 'address', 'fee', 'suspended', 'returned']], window: 8,
    examples: { match: ['USPS: your package is on hold due to incomplete address'], no: ['my package arrived today'] },
  },
];
