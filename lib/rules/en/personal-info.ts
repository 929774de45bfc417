// English personal information: strangers asking where the child lives, goes to school or can be
// reached; and the child about to share it (outgoing nudge). UNICEF VN: "giving too much
// information away that allows predators to stalk".
import type { Rule } from '../types';

export const rules: Rule[] = [
  {
    id: 'en.personal.ask_address', lang: 'en', category: 'personal_info', weight: 0.4, signal: 'address_request',
    patterns: ['(what is|what s|whats|send me|give me|tell me|text me) (your|ur) (address|home address|house number|street|zip code|postcode|post code)', '(what|which) (street|road|part of town|neighborhood|neighbourhood) do (you|u) live (on|in)', 'where (exactly |)do (you|u) live'],
    examples: { match: ['whats ur address', 'where exactly do u live', 'so whats ur home address?'], no: ['what is the address of the shop'] },
  },
  {
    id: 'en.personal.ask_phone', lang: 'en', category: 'personal_info', weight: 0.4, signal: 'phone_request',
    patterns: ['(what is|what s|whats|give me|send me|can i have|can i get|may i have|text me) (your|ur) (number|phone number|cell|cell number|digits|phone|mobile|mobile number)'],
    examples: { match: ['can i have ur number', 'whats ur cell', 'hey can i have ur number pls'], no: ['what is the number of the bus'] },
  },
  {
    id: 'en.personal.ask_school', lang: 'en', category: 'personal_info', weight: 0.4, signal: 'school_request',
    patterns: ['(what|which) school (do|did) (you|u) (go to|attend|go)', 'where do (you|u) go to school', '(what is|what s|whats) (the name of |)(your|ur) school', 'what time (do|does) (you|u|your school|ur school) (get out|finish|end)'],
    examples: { match: ['what school do u go to', 'what time do you get out of school'], no: ['school is closed'] },
  },
  {
    id: 'en.personal.ask_location', lang: 'en', category: 'personal_info', weight: 0.45, signal: 'location_request',
    patterns: ['(send|share|drop) (me |)(your|ur) (location|live location|pin|address)', 'turn on (your|ur) location'],
    examples: { match: ['share your live location', 'pls share your live location with me'], no: ['i shared my location with mom'] },
  },
  {
    id: 'en.personal.share_address', lang: 'en', category: 'personal_info', weight: 0.65, signal: 'share_address', direction: 'out',
    patterns: ['my (address|home address) (is|it s|its)', 'i live (at|on) #num', 'my house (is|number is) #num'],
    examples: { match: ['my address is 12 Elm street', 'i live at 42 park road'], no: ['i live in london'] },
  },
  {
    id: 'en.personal.share_alone', lang: 'en', category: 'personal_info', weight: 0.6, signal: 'share_home_alone', direction: 'out',
    patterns: ['(i am|i m) (home |at home |)(alone|by myself)', '(no one|nobody|noone) (is |)(home|here)', '(my |)(mom|mum|parents|dad) (are|is|r) (not home|away|out|at work|gone)'],
    examples: { match: ["i'm home alone", 'nobody is home', 'my parents are away', "lol i'm home alone all weekend"], no: ['i am at home with mom'] },
  },
  {
    id: 'en.personal.share_phone', lang: 'en', category: 'personal_info', weight: 0.65, signal: 'share_phone', direction: 'out',
    patterns: ['#phone', 'my (number|phone number|cell|phone|digits|mobile) (is|it s|its) #num'],
    examples: { match: ['my number is 0912 345 678', 'call me 0987654321'], no: ['i have 2 phones'] },
  },
  {
    id: 'en.personal.share_email', lang: 'en', category: 'personal_info', weight: 0.45, signal: 'share_email', direction: 'out',
    patterns: ['#email'],
    examples: { match: ['mail me at kid123@gmail.com'], no: ['send an email'] },
  },
];
