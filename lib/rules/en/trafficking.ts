// English trafficking / forced-labour recruitment lures: easy work for high pay, often abroad,
// travel paid, documents requested, "don't tell your family" (seminar; Lai Châu case 2025).
import type { Rule } from '../types';

const JOB = ['job', 'jobs', 'work', 'working', 'position', 'hiring', 'employment', 'opportunity', 'modeling', 'modelling', 'model', 'hostess', 'waitress', 'dancer'];

export const rules: Rule[] = [
  {
    id: 'en.trafficking.abroad', lang: 'en', category: 'trafficking_recruitment', weight: 0.5, signal: 'job_abroad',
    near: [JOB, ['abroad', 'overseas', 'another country', 'thailand', 'cambodia', 'dubai', 'malaysia', 'myanmar', 'laos', 'china', 'macau', 'singapore', 'japan', 'korea', 'taiwan', 'europe', 'across the border']], window: 8,
    examples: { match: ['we have a job for you in dubai', 'great work opportunity abroad'], no: ['my dad works in japan'] },
  },
  {
    id: 'en.trafficking.easy_money', lang: 'en', category: 'trafficking_recruitment', weight: 0.5, signal: 'high_pay_job',
    near: [JOB, ['easy', 'simple', 'light', 'no experience', 'no skills', 'no cv'], ['high pay', 'well paid', 'good money', 'big money', 'lots of money', 'a lot of money', 'earn', 'make', '#money', 'per day', 'a day', 'a week', 'per week']], window: 12,
    examples: { match: ['easy job, no experience, earn $500 a day', 'light work high pay'], no: ['homework is easy today'] },
  },
  {
    id: 'en.trafficking.documents', lang: 'en', category: 'trafficking_recruitment', weight: 0.45, signal: 'id_request',
    patterns: ['(send|give|bring|show) (me|us|) (your|ur) (passport|id card|birth certificate|id|identity card|documents|papers)', '(we|i) (will|ll) (keep|hold) (your|ur) (passport|documents|id|papers)'],
    examples: { match: ['send me your passport', 'bring your id card', 'before the trip send me your passport pls'], no: ['i lost my passport'] },
  },
  {
    id: 'en.trafficking.hidden_from_family', lang: 'en', category: 'trafficking_recruitment', weight: 0.6, signal: 'keep_from_family',
    patterns: ['(do not|don t|no need to|never) tell (your|ur) (family|parents|mom|dad) about (the|this|our) (job|work|offer|trip)', '(do not|don t|no need to) (ask|tell) (your|ur) (parents|family) (for permission|about it)'],
    examples: { match: ["don't tell your family about the job", "and don't tell your family about the job yet"], no: ['tell your family about the job'] },
  },
  {
    id: 'en.trafficking.travel_paid', lang: 'en', category: 'trafficking_recruitment', weight: 0.45, signal: 'travel_paid',
    patterns: ['(we|i|they|the company|boss) (will |ll |)(pay|cover|buy|book) (for |)(your|ur) (ticket|tickets|flight|travel|visa|trip|bus|bus fare|plane ticket|accommodation)', '(free|paid) (flight|flights|ticket|visa|travel|accommodation)', 'all expenses paid'],
    examples: { match: ['we will pay for your ticket', 'free visa and flight'], no: ['i paid for my ticket'] },
  },
  {
    id: 'en.trafficking.venue', lang: 'en', category: 'trafficking_recruitment', weight: 0.55, signal: 'nightlife_job',
    near: [['hiring', 'job', 'work', 'recruit', 'recruiting', 'girls', 'staff', 'need'], ['karaoke', 'massage parlor', 'massage parlour', 'nightclub', 'hostess bar', 'escort', 'entertain customers', 'accompany customers', 'drink with customers']], window: 8,
    examples: { match: ['we are hiring girls for karaoke'], no: ['lets go to karaoke tonight'] },
  },
];
