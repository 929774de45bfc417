// English sextortion: threats to share intimate images unless the child pays or sends more
// (FBI, NCMEC, Thorn: mostly financial, aimed at teenage boys, escalating within hours).
import type { Rule } from '../types';

const SHARE = ['send', 'post', 'share', 'leak', 'expose', 'show', 'upload', 'forward', 'spread', 'release', 'publish', 'sending', 'posting', 'leaking'];
const IMAGES = [
  'nudes', 'nude', 'naked pics', 'screenshots', 'recording', '(your|ur|these|those|the|this|that|all your|all ur) (pics|pictures|photos|video|videos|vid|nudes|images|recording)',
];
const AUDIENCE = ['everyone', 'everybody', 'friends', 'family', 'parents', 'mom', 'dad', 'school', 'followers', 'contacts', 'internet', 'online', 'classmates', 'teachers', 'whole school', 'all your'];
const CONDITION = ['unless', 'if you do not', 'if u do not', 'if you don t', 'if u dont', 'if you dont', 'or else', 'or i', 'otherwise', 'pay', 'paypal', 'cash app', 'cashapp', 'venmo', 'bitcoin', 'gift card', 'gift cards', '#money', 'send me money', 'send more', 'you have', 'minutes', 'hours'];

export const rules: Rule[] = [
  {
    id: 'en.sextortion.has_images', lang: 'en', category: 'sextortion', weight: 0.5, signal: 'claims_images',
    patterns: ['i (have|got|saved|recorded|screenshotted) (your|ur|all your|all ur) (nudes|pics|pictures|photos|video|videos|nude|naked pics)', 'i (recorded|screenshotted|screen recorded) (you|u|everything|it all)'],
    examples: { match: ['i have your nudes', 'i recorded everything', 'remember i have your nudes, so do what i say'], no: ['i have your keys'] },
  },
  {
    id: 'en.sextortion.pay_or', lang: 'en', category: 'sextortion', weight: 0.6, signal: 'payment_demand',
    near: [['pay', 'send', 'give', 'transfer'], ['#money', 'money', 'cash', 'bitcoin', 'gift card', 'gift cards', 'more pics', 'more nudes', 'more'], ['or else', 'or i', 'or i ll', 'or i will', 'otherwise', 'unless', 'if not', 'or your', 'or everyone']], window: 8,
    examples: { match: ['pay $300 or else', 'send more pics or i post these'], no: ['can you send money for lunch or should i pay'] },
  },
  {
    id: 'en.sextortion.threat', lang: 'en', category: 'sextortion', weight: 0.9, signal: 'sextortion_threat',
    near: [SHARE, IMAGES, AUDIENCE, CONDITION], window: 16,
    examples: { match: ['send me $500 or i will post your nudes to all your followers', 'if you dont pay i send the video to your family and friends'], no: ['i will send the pics to everyone who came to the party'] },
  },
];
