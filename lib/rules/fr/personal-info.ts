// French personal information: "t'habites où", "c'est quoi ton numéro", "tu vas dans quel
// collège"; outgoing: the child giving a number, address or "je suis seule à la maison".
import type { Rule } from '../types';

export const rules: Rule[] = [
  {
    id: 'fr.personal.ask_address', lang: 'fr', category: 'personal_info', weight: 0.6, signal: 'address_request',
    patterns: ['(tu habites|t habites|tu vis|t vis|tu habite) (où|ou|dans quelle ville|dans quelle rue|vers où)', '(c est quoi|donne moi|envoie moi|c quoi) ton adresse', 'où (est ce que |)tu habites'],
    examples: { match: ['tu habites où ?', 'donne moi ton adresse', 'et tu habites où exactement ?'], no: ['où est la boulangerie'] },
  },
  {
    id: 'fr.personal.ask_phone', lang: 'fr', category: 'personal_info', weight: 0.4, signal: 'phone_request',
    patterns: ['(c est quoi|donne moi|envoie moi|passe moi|file moi|c quoi|tu me donnes|tu me passes|ajoute moi sur) ton (numéro|num|numero|06|07|tel|tél|téléphone|portable|snap|snapchat|insta|whatsapp|wsp)'],
    examples: { match: ["c'est quoi ton num", 'donne moi ton 06', "c'est quoi ton snap", "au fait c'est quoi ton num ?"], no: ['mon numéro a changé', 'ton snap est drôle'] },
  },
  {
    id: 'fr.personal.ask_school', lang: 'fr', category: 'personal_info', weight: 0.6, signal: 'school_request',
    patterns: ['(tu es|t es|tu vas|t vas) (à |a |dans |en |au |)quel (collège|college|lycée|lycee|école|ecole|bahut)', 'c est quoi ton (collège|college|lycée|lycee|école|ecole|bahut)', 'tu (finis|sors) (les cours |)à quelle heure'],
    examples: { match: ['tu vas dans quel collège ?', 'tu finis à quelle heure', 'et tu vas dans quel collège au fait ?'], no: ['quel collège est le meilleur'] },
  },
  {
    id: 'fr.personal.share_address', lang: 'fr', category: 'personal_info', weight: 0.65, signal: 'share_address', direction: 'out',
    patterns: ['(j habite|jhabite|je vis|mon adresse c est|mon adresse est) (au |à |a |)#num', 'mon adresse (c est|est|:)'],
    examples: { match: ["j'habite au 12 rue des lilas"], no: ["j'habite à Lyon"] },
  },
  {
    id: 'fr.personal.share_alone', lang: 'fr', category: 'personal_info', weight: 0.6, signal: 'share_home_alone', direction: 'out',
    patterns: ['(je suis|jsuis|chui|suis) (toute |tout |)(seule|seul) (à la maison|a la maison|chez moi)', 'mes parents (sont |)(pas là|pas la|partis|absents|au travail)'],
    examples: { match: ['je suis toute seule à la maison', 'mes parents sont partis', 'ce soir je suis toute seule à la maison'], no: ['je suis à la maison avec ma mère'] },
  },
  {
    id: 'fr.personal.share_school', lang: 'fr', category: 'personal_info', weight: 0.6, signal: 'share_school', direction: 'out',
    patterns: ['en (6e|5e|4e|3e|6ème|5ème|4ème|3ème|6eme|5eme|4eme|3eme|seconde|première|premiere|terminale|cm1|cm2) (au|à l|a l|dans le|dans l) (collège|college|lycée|lycee|école|ecole)', 'mon (collège|college|lycée|lycee|école|ecole|bahut) (c est|est|:) (le |la |l |)(collège|college|lycée|lycee|école|ecole)'],
    examples: { match: ['je suis en 5e au collège Jean Moulin', "mon lycée c'est le lycée Victor Hugo"], no: ['je suis en 5e', 'je vais au collège demain'] },
  },
  {
    id: 'fr.personal.share_phone', lang: 'fr', category: 'personal_info', weight: 0.65, signal: 'share_phone', direction: 'out',
    patterns: ['#phone', 'mon (numéro|num|numero|tel|tél|portable) (c est|est|:) #num'],
    examples: { match: ['mon num c est 06 12 34 56 78'], no: ['j ai 2 frères'] },
  },
];
